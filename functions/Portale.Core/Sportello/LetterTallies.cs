namespace Portale.Core.Sportello;

/// <summary>
/// What a letter counts for in its company's dashboard (docs/decisions/0015-dashboard-counters.md). The
/// stores keep one counter per tally in the company's partition and move them in the batch of every
/// change by the difference between the letter's tallies before and after, so the counters are always
/// those of the letters as stored. Days are counted on the national calendar (the one the due index
/// uses): off-line days reported later do not move a tally already written.
/// </summary>
public static class LetterTallies
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.Standard;
    private static readonly ResponseSla Sla = new(Calendar);

    public static IReadOnlyList<LetterTally> Of(Letter letter)
    {
        var tallies = new List<LetterTally>(2);
        if (letter.Recipient == Recipient.To)
        {
            tallies.Add(letter.Answer is { } answer
                ? new LetterTally(LetterTallyKind.Answered, answer.AnsweredOn, DaysToAnswer(letter, answer))
                : new LetterTally(LetterTallyKind.Open, Sla.Deadline(letter.Terms)));
        }
        if (letter is { Completeness: AnswerCompleteness.Absent, ClassifiedAt: { } classifiedAt })
        {
            tallies.Add(new LetterTally(LetterTallyKind.Absent, RomeTime.DateOf(classifiedAt)));
        }
        return tallies;
    }

    /// <summary>The counters a change moves: +1 for each tally it gains, −1 for each it loses.</summary>
    public static IReadOnlyList<(LetterTally Tally, int Delta)> Delta(Letter? before, Letter after)
    {
        var (old, now) = (before is null ? [] : Of(before), Of(after));
        return [.. now.Except(old).Select(t => (t, 1)), .. old.Except(now).Select(t => (t, -1))];
    }

    /// <summary>
    /// Working days from publication to Data Risposta (the day of the failed attempt when backdated), the
    /// publication day excluded: an answer on the day of publication is 0, on the next working day 1.
    /// </summary>
    public static int DaysToAnswer(Letter letter, LetterAnswer answer) =>
        Math.Max(0, Calendar.WorkingDaysBetween(letter.PublishedOn, answer.AnsweredOn));
}
