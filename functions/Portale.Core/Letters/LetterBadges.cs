using Portale.Core.Time;

namespace Portale.Core.Letters;

/// <summary>Badges from the section counters: a handful of reads whatever the company's size.</summary>
public sealed class LetterBadges(ILetterStore store, TimeProvider clock)
{
    public async Task<Badges> ForAsync(string companyId, CancellationToken cancellationToken)
    {
        var today = RomeTime.Today(clock);
        var all = new LetterFilter();
        var counts = await Task.WhenAll(
            store.CountAsync(companyId, Section.New, all, today, cancellationToken),
            store.CountAsync(companyId, Section.ToWork, all, today, cancellationToken),
            store.CountAsync(companyId, Section.Cc, all, today, cancellationToken));
        // Reminders (section 4) are not published yet: their badge stays 0 until they are.
        return new Badges(counts[0], counts[1], counts[2], 0);
    }
}
