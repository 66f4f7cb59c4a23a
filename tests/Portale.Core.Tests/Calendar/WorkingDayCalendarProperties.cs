using FsCheck;
using FsCheck.Xunit;
using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

[Properties(Arbitrary = [typeof(CalendarArbitraries)])]
public class WorkingDayCalendarProperties
{
    [Property]
    public bool Adding_working_days_lands_on_a_working_day(CalendarCase c, PositiveInt n) =>
        c.Calendar.IsWorkingDay(c.Calendar.AddWorkingDays(c.Start, n.Get % 120));

    [Property]
    public bool Working_days_between_undoes_adding(CalendarCase c, NonNegativeInt n)
    {
        var days = n.Get % 120;
        return c.Calendar.WorkingDaysBetween(c.Start, c.Calendar.AddWorkingDays(c.Start, days)) == days;
    }

    [Property]
    public bool Adding_more_working_days_never_gives_an_earlier_date(CalendarCase c, NonNegativeInt n, NonNegativeInt more)
    {
        var fewer = n.Get % 80;
        return c.Calendar.AddWorkingDays(c.Start, fewer) <= c.Calendar.AddWorkingDays(c.Start, fewer + more.Get % 40);
    }

    [Property]
    public bool A_later_start_never_gives_an_earlier_date(CalendarCase c, NonNegativeInt shift, NonNegativeInt n)
    {
        var days = n.Get % 80;
        var later = c.Start.AddDays(shift.Get % 30);
        return c.Calendar.AddWorkingDays(c.Start, days) <= c.Calendar.AddWorkingDays(later, days);
    }

    [Property]
    public bool Working_days_between_grows_with_the_end_date(CalendarCase c, NonNegativeInt a, NonNegativeInt b)
    {
        var (near, far) = (a.Get % 100, b.Get % 100);
        var (first, second) = near <= far ? (near, far) : (far, near);
        return c.Calendar.WorkingDaysBetween(c.Start, c.Start.AddDays(first))
            <= c.Calendar.WorkingDaysBetween(c.Start, c.Start.AddDays(second));
    }

    [Property]
    public bool Working_days_between_is_antisymmetric_and_additive(CalendarCase c, int a, int b)
    {
        var (x, y) = (c.Start.AddDays(a % 90), c.Start.AddDays(b % 90));
        var calendar = c.Calendar;
        return calendar.WorkingDaysBetween(x, y) == -calendar.WorkingDaysBetween(y, x)
            && calendar.WorkingDaysBetween(x, c.Start) + calendar.WorkingDaysBetween(c.Start, y) == calendar.WorkingDaysBetween(x, y);
    }

    [Property]
    public bool Next_working_day_skips_only_non_working_days(CalendarCase c)
    {
        var next = c.Calendar.NextWorkingDay(c.Start);
        var skipped = Enumerable.Range(1, next.DayNumber - c.Start.DayNumber - 1).Select(c.Start.AddDays);
        return next > c.Start && c.Calendar.IsWorkingDay(next) && !skipped.Any(c.Calendar.IsWorkingDay);
    }

    [Property]
    public bool Offline_days_never_bring_a_date_forward(CalendarCase c, NonNegativeInt n)
    {
        var days = n.Get % 60;
        return WorkingDayCalendar.Standard.AddWorkingDays(c.Start, days) <= c.Calendar.AddWorkingDays(c.Start, days);
    }

    [Property]
    public bool Weekends_are_never_working_days(CalendarCase c) =>
        c.Start.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) || !c.Calendar.IsWorkingDay(c.Start);
}
