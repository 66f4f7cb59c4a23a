namespace Portale.Core.Letters;

/// <summary>Badges from the section counters: a handful of reads whatever the company's size.</summary>
public sealed class LetterBadges(ILetterStore store, IReminderStore reminders, TimeProvider clock)
{
    public async Task<Badges> ForAsync(string companyId, CancellationToken cancellationToken)
    {
        var today = RomeTime.Today(clock);
        var all = new LetterFilter();
        var counts = await Task.WhenAll(
            store.CountAsync(companyId, Section.New, all, today, cancellationToken),
            store.CountAsync(companyId, Section.ToWork, all, today, cancellationToken),
            store.CountAsync(companyId, Section.Cc, all, today, cancellationToken),
            reminders.CountAsync(companyId, onlyNew: true, cancellationToken));
        // Reminders (section 4): those not downloaded yet.
        return new Badges(counts[0], counts[1], counts[2], counts[3]);
    }
}
