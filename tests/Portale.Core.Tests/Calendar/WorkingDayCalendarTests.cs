using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.Standard;

    [Theory]
    [InlineData("2025-02-17", true)]  // Monday
    [InlineData("2025-02-21", true)]  // Friday
    [InlineData("2025-02-22", false)] // Saturday
    [InlineData("2025-02-23", false)] // Sunday
    [InlineData("2025-04-18", true)]  // Good Friday is a working day in Italy
    [InlineData("2025-04-21", false)] // Easter Monday
    [InlineData("2025-06-02", false)] // Festa della Repubblica, a Monday
    [InlineData("2025-12-26", false)] // Santo Stefano, a Friday
    public void Working_days_are_weekdays_that_are_not_holidays(string date, bool working)
    {
        Assert.Equal(working, calendar.IsWorkingDay(DateOnly.Parse(date)));
    }

    [Fact]
    public void Adding_zero_working_days_keeps_the_date_even_on_a_weekend()
    {
        var saturday = new DateOnly(2025, 2, 22);

        Assert.Equal(saturday, calendar.AddWorkingDays(saturday, 0));
    }

    [Fact]
    public void Adding_working_days_skips_weekends()
    {
        Assert.Equal(new DateOnly(2025, 2, 24), calendar.AddWorkingDays(new DateOnly(2025, 2, 21), 1));
        Assert.Equal(new DateOnly(2025, 2, 24), calendar.AddWorkingDays(new DateOnly(2025, 2, 22), 1));
    }

    [Fact]
    public void Adding_a_negative_number_of_working_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(new DateOnly(2025, 2, 17), -1));
    }

    [Fact]
    public void Christmas_and_New_Year_are_skipped()
    {
        // Tue 23, Wed 24, [25, 26 holidays, weekend], Mon 29, Tue 30, Wed 31, [1 Jan], Fri 2,
        // Mon 5, [6 Jan], Wed 7, Thu 8, Fri 9.
        var monday = new DateOnly(2025, 12, 22);

        Assert.Equal(new DateOnly(2025, 12, 31), calendar.AddWorkingDays(monday, 5));
        Assert.Equal(new DateOnly(2026, 1, 9), calendar.AddWorkingDays(monday, 10));
        Assert.Equal(10, calendar.WorkingDaysBetween(monday, new DateOnly(2026, 1, 9)));
    }

    [Fact]
    public void Next_working_day_is_strictly_after()
    {
        Assert.Equal(new DateOnly(2025, 2, 18), calendar.NextWorkingDay(new DateOnly(2025, 2, 17)));
        Assert.Equal(new DateOnly(2025, 4, 22), calendar.NextWorkingDay(new DateOnly(2025, 4, 18)));
    }

    [Fact]
    public void Working_days_between_counts_the_end_but_not_the_start()
    {
        var monday = new DateOnly(2025, 2, 17);
        var thursday = new DateOnly(2025, 2, 20);

        Assert.Equal(0, calendar.WorkingDaysBetween(monday, monday));
        Assert.Equal(3, calendar.WorkingDaysBetween(monday, thursday));
        Assert.Equal(-3, calendar.WorkingDaysBetween(thursday, monday));
    }

    [Fact]
    public void Working_days_between_a_Friday_and_the_weekend_after_is_zero()
    {
        var friday = new DateOnly(2025, 2, 21);

        Assert.Equal(0, calendar.WorkingDaysBetween(friday, new DateOnly(2025, 2, 23)));
        Assert.Equal(1, calendar.WorkingDaysBetween(friday, new DateOnly(2025, 2, 24)));
    }

    [Fact]
    public void Offline_days_are_not_working_days_and_push_dates_forward()
    {
        var offlineTuesday = new DateOnly(2025, 2, 18);
        var withOutage = new WorkingDayCalendar([offlineTuesday]);

        Assert.False(withOutage.IsWorkingDay(offlineTuesday));
        Assert.Equal(new DateOnly(2025, 2, 21), withOutage.AddWorkingDays(new DateOnly(2025, 2, 17), 3));
        Assert.Equal(2, withOutage.WorkingDaysBetween(new DateOnly(2025, 2, 17), new DateOnly(2025, 2, 20)));
    }

    [Fact]
    public void The_calendar_keeps_its_own_copy_of_the_offline_days()
    {
        var offline = new HashSet<DateOnly>();
        var withOutages = new WorkingDayCalendar(offline);
        offline.Add(new DateOnly(2025, 2, 18));

        Assert.True(withOutages.IsWorkingDay(new DateOnly(2025, 2, 18)));
    }
}
