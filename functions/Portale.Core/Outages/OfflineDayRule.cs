using System.Collections.Frozen;

namespace Portale.Core.Outages;

/// <summary>
/// Manual 9.1: the portal counts as unavailable when an outage covers "più di 3 ore continuative dalle
/// ore 9:00 alle ore 18:00 dei giorni feriali", planned maintenance excluded. Each working day is judged
/// on its own hours: an outage from Monday 15:00 to Tuesday 11:00 covers three hours on Monday and two on
/// Tuesday, so neither is an off-line day. One record is one continuous outage (records are not joined).
/// </summary>
public static class OfflineDayRule
{
    public static readonly TimeOnly WindowStart = new(9, 0);
    public static readonly TimeOnly WindowEnd = new(18, 0);

    /// <summary>An outage must cover strictly more than this within the window of one working day.</summary>
    public static readonly TimeSpan MinimumCovered = TimeSpan.FromHours(3);

    /// <summary>
    /// The off-line days of <paramref name="outage"/>, in date order; an outage still going on is judged up to
    /// <paramref name="now"/>.
    /// </summary>
    public static IReadOnlyList<DateOnly> DaysOf(Outage outage, DateTimeOffset now)
    {
        if (outage.Planned)
        {
            return [];
        }
        var end = outage.EndOr(now);
        var days = new List<DateOnly>();
        for (var day = RomeTime.DateOf(outage.StartsAt); day <= RomeTime.DateOf(end); day = day.AddDays(1))
        {
            if (!WorkingDayCalendar.Standard.IsWorkingDay(day))
            {
                continue;
            }
            var from = Max(outage.StartsAt, RomeTime.At(day, WindowStart));
            var to = Min(end, RomeTime.At(day, WindowEnd));
            if (to - from > MinimumCovered)
            {
                days.Add(day);
            }
        }
        return days;
    }

    /// <summary>Whether <paramref name="outage"/> makes at least one off-line day (chapter 9 applies to it).</summary>
    public static bool Qualifies(Outage outage, DateTimeOffset now) => DaysOf(outage, now).Count > 0;

    /// <summary>Every off-line day of <paramref name="outages"/>.</summary>
    public static FrozenSet<DateOnly> DaysOf(IEnumerable<Outage> outages, DateTimeOffset now) =>
        outages.SelectMany(o => DaysOf(o, now)).ToFrozenSet();

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
