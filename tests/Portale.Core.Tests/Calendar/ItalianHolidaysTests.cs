using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

public class ItalianHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-04-01")]
    [InlineData(2025, "2025-04-21")]
    [InlineData(2026, "2026-04-06")]
    [InlineData(2027, "2027-03-29")]
    [InlineData(2028, "2028-04-17")]
    [InlineData(2029, "2029-04-02")]
    [InlineData(2030, "2030-04-22")]
    public void Easter_Monday_matches_the_published_dates(int year, string expected)
    {
        var easterMonday = DateOnly.Parse(expected);

        Assert.Equal(easterMonday, ItalianHolidays.EasterMonday(year));
        Assert.True(ItalianHolidays.IsHoliday(easterMonday));
        Assert.Contains(easterMonday, ItalianHolidays.For(year));
    }

    [Fact]
    public void In_2011_Easter_Monday_fell_on_Liberation_Day_and_is_listed_once()
    {
        var liberation = new DateOnly(2011, 4, 25);

        Assert.Equal(liberation, ItalianHolidays.EasterMonday(2011));
        Assert.True(ItalianHolidays.IsHoliday(liberation));
        Assert.Single(ItalianHolidays.For(2011), d => d == liberation);
        Assert.Equal(10, ItalianHolidays.For(2011).Count);
    }

    [Fact]
    public void Saint_Francis_is_a_holiday_only_from_2026()
    {
        Assert.False(ItalianHolidays.IsHoliday(new DateOnly(2024, 10, 4)));
        Assert.False(ItalianHolidays.IsHoliday(new DateOnly(2025, 10, 4)));
        Assert.True(ItalianHolidays.IsHoliday(new DateOnly(2026, 10, 4)));
        Assert.True(ItalianHolidays.IsHoliday(new DateOnly(2027, 10, 4)));
    }

    [Fact]
    public void Saint_Francis_2024_was_a_working_Friday_and_2027_is_a_holiday_Monday()
    {
        var calendar = WorkingDayCalendar.Standard;
        var friday2024 = new DateOnly(2024, 10, 4);
        var monday2027 = new DateOnly(2027, 10, 4);

        Assert.Equal(DayOfWeek.Friday, friday2024.DayOfWeek);
        Assert.True(calendar.IsWorkingDay(friday2024));
        Assert.Equal(DayOfWeek.Monday, monday2027.DayOfWeek);
        Assert.False(calendar.IsWorkingDay(monday2027));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Rome_patron_saints_day_is_not_a_national_holiday(int year)
    {
        Assert.False(ItalianHolidays.IsHoliday(new DateOnly(year, 6, 29)));
    }

    [Fact]
    public void The_2026_list_is_complete_and_in_order()
    {
        DateOnly[] expected =
        [
            new(2026, 1, 1), new(2026, 1, 6), new(2026, 4, 6), new(2026, 4, 25), new(2026, 5, 1),
            new(2026, 6, 2), new(2026, 8, 15), new(2026, 10, 4), new(2026, 11, 1), new(2026, 12, 8),
            new(2026, 12, 25), new(2026, 12, 26),
        ];

        Assert.Equal(expected, ItalianHolidays.For(2026));
    }

    [Fact]
    public void Before_2026_there_are_eleven_holidays()
    {
        Assert.Equal(11, ItalianHolidays.For(2025).Count);
        Assert.DoesNotContain(new DateOnly(2025, 10, 4), ItalianHolidays.For(2025));
    }

    [Fact]
    public void Every_listed_day_is_a_holiday_and_no_other_day_of_the_year_is()
    {
        for (var year = 2019; year <= 2035; year++)
        {
            var listed = ItalianHolidays.For(year).ToHashSet();
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                Assert.Equal(listed.Contains(day), ItalianHolidays.IsHoliday(day));
            }
        }
    }

    [Fact]
    public void Easter_Sunday_is_always_a_Sunday_between_22_March_and_25_April()
    {
        for (var year = 1583; year <= 4099; year++)
        {
            var easter = ItalianHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }
}
