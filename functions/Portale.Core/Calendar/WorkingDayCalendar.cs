using System.Collections.Frozen;

namespace Portale.Core.Calendar;

/// <summary>
/// Working days for every SLA count: Monday to Friday, minus Italian national holidays, minus the
/// working days on which the portal was offline (manual 6.2: the count excludes them). The off-line
/// days come from <see cref="IOfflineDays"/>; each method reads one snapshot of them, so one answer is
/// never computed half with the old days and half with the new.
/// </summary>
public sealed class WorkingDayCalendar(IOfflineDays offlineDays)
{
    public WorkingDayCalendar(IEnumerable<DateOnly>? offlineDays = null)
        : this(new FixedOfflineDays(offlineDays ?? []))
    {
    }

    /// <summary>The calendar with no offline days.</summary>
    public static WorkingDayCalendar Standard { get; } = new();

    public bool IsWorkingDay(DateOnly date) => IsWorkingDay(date, offlineDays.Days);

    /// <summary>
    /// The n-th working day after <paramref name="date"/>; <paramref name="date"/> itself when n is 0.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var offline = offlineDays.Days;
        var result = date;
        for (var counted = 0; counted < workingDays; counted++)
        {
            result = NextWorkingDay(result, offline);
        }
        return result;
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => NextWorkingDay(date, offlineDays.Days);

    /// <summary>
    /// Signed count of working days: when <paramref name="to"/> is after <paramref name="from"/>,
    /// the working days in the half-open interval (from, to] — from excluded, to included;
    /// when <paramref name="to"/> is before, minus the working days in (to, from]; 0 when equal.
    /// So <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> and
    /// <c>WorkingDaysBetween(a, b) == -WorkingDaysBetween(b, a)</c>.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }
        var offline = offlineDays.Days;
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day, offline))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsWorkingDay(DateOnly date, FrozenSet<DateOnly> offline) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !ItalianHolidays.IsHoliday(date)
        && !offline.Contains(date);

    private static DateOnly NextWorkingDay(DateOnly date, FrozenSet<DateOnly> offline)
    {
        var next = date.AddDays(1);
        while (!IsWorkingDay(next, offline))
        {
            next = next.AddDays(1);
        }
        return next;
    }
}
