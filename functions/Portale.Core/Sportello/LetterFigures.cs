namespace Portale.Core.Sportello;

/// <summary>
/// A company's letters in numbers, read from its counters (never from its letters): to download (online
/// letters not downloaded), to answer (TO letters not answered), overdue (of those, past their deadline),
/// classified «assente» this month, and how many TO letters were answered in how many working days, over
/// the last 12 months (<see cref="DaysToAnswer"/>: working days → letters).
/// </summary>
public sealed record LetterFigures(
    int ToDownload, int ToAnswer, int Overdue, int AbsentThisMonth, IReadOnlyDictionary<int, int> DaysToAnswer)
{
    /// <summary>
    /// The median of the working days to answer (the lower middle value when their number is even), null
    /// with no answer in the period.
    /// </summary>
    public int? MedianDaysToAnswer
    {
        get
        {
            var total = DaysToAnswer.Values.Sum();
            if (total == 0)
            {
                return null;
            }
            var seen = 0;
            foreach (var (days, letters) in DaysToAnswer.OrderBy(d => d.Key))
            {
                seen += letters;
                if (2 * seen >= total)
                {
                    return days;
                }
            }
            return null;
        }
    }

    /// <summary>The first month of the median's period: the 11 months before today's, and today's.</summary>
    public static DateOnly MedianSince(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
}
