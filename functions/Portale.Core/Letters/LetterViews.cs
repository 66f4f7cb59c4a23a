namespace Portale.Core.Letters;

/// <summary>Computes the read-time columns from the calendar and the clock; nothing of this is stored.</summary>
public sealed class LetterViews(ResponseSla sla, TimeProvider clock)
{
    public LetterView Of(Letter letter) => Of(letter, RomeTime.Today(clock));

    public IReadOnlyList<LetterView> Of(IEnumerable<Letter> letters)
    {
        var today = RomeTime.Today(clock);
        return letters.Select(l => Of(l, today)).ToList();
    }

    private LetterView Of(Letter letter, DateOnly today)
    {
        if (letter.Recipient != Recipient.To)
        {
            return new LetterView(letter, null, null, []);
        }
        var deadline = sla.Deadline(letter.Terms);
        var choices = letter.Section == Section.ToWork ? ExtensionPolicy.Options(letter.Terms).Choices : [];
        return new LetterView(letter, deadline, sla.DaysToDeadline(deadline, today), choices);
    }
}
