using Portale.Core.Outages;
using Portale.Core.Time;

namespace Portale.Core.Tests.Outages;

/// <summary>Manual 9.1: more than 3 continuous hours within 09:00–18:00 Europe/Rome of a working day.</summary>
public sealed class OfflineDayRuleTests
{
    // Tuesday 10/03/2026, a working day; Wednesday 11/03 too.
    private static readonly DateOnly Tuesday = new(2026, 3, 10);
    private static readonly DateTimeOffset Later = RomeTime.At(new DateOnly(2026, 4, 1), new TimeOnly(12, 0));

    private static Outage Unplanned(DateOnly day, int hour, int minute, DateOnly endDay, int endHour, int endMinute) =>
        new("o", RomeTime.At(day, new TimeOnly(hour, minute)), RomeTime.At(endDay, new TimeOnly(endHour, endMinute)), false, null);

    [Fact]
    public void Exactly_three_hours_is_not_an_offline_day()
    {
        Assert.Empty(OfflineDayRule.DaysOf(Unplanned(Tuesday, 9, 0, Tuesday, 12, 0), Later));
    }

    [Fact]
    public void Three_hours_and_one_minute_is_an_offline_day()
    {
        Assert.Equal([Tuesday], OfflineDayRule.DaysOf(Unplanned(Tuesday, 9, 0, Tuesday, 12, 1), Later));
    }

    [Fact]
    public void Two_hours_fifty_nine_is_not_an_offline_day()
    {
        Assert.Empty(OfflineDayRule.DaysOf(Unplanned(Tuesday, 10, 0, Tuesday, 12, 59), Later));
    }

    [Fact]
    public void Only_the_hours_within_nine_to_eighteen_count()
    {
        Assert.Empty(OfflineDayRule.DaysOf(Unplanned(Tuesday, 17, 0, Tuesday, 21, 0), Later));
        Assert.Empty(OfflineDayRule.DaysOf(Unplanned(Tuesday, 5, 0, Tuesday, 12, 0), Later)); // 09–12: three hours
        Assert.Equal([Tuesday], OfflineDayRule.DaysOf(Unplanned(Tuesday, 14, 59, Tuesday, 23, 0), Later));
    }

    [Fact]
    public void Planned_maintenance_never_makes_an_offline_day()
    {
        var planned = Unplanned(Tuesday, 9, 0, Tuesday, 18, 0) with { Planned = true };

        Assert.Empty(OfflineDayRule.DaysOf(planned, Later));
        Assert.False(OfflineDayRule.Qualifies(planned, Later));
    }

    [Fact]
    public void An_outage_over_two_days_is_judged_day_by_day()
    {
        var wednesday = Tuesday.AddDays(1);

        // Tue 15:00–18:00 is three hours, Wed 09:00–11:00 two: neither day.
        Assert.Empty(OfflineDayRule.DaysOf(Unplanned(Tuesday, 15, 0, wednesday, 11, 0), Later));
        // Tue 14:00–18:00 four hours; Wed 09:00–12:00 three: Tuesday only.
        Assert.Equal([Tuesday], OfflineDayRule.DaysOf(Unplanned(Tuesday, 14, 0, wednesday, 12, 0), Later));
        // Tue 14:00 to Thu 12:30: Tuesday, all of Wednesday and Thursday's 3 h 30.
        Assert.Equal([Tuesday, wednesday, wednesday.AddDays(1)],
            OfflineDayRule.DaysOf(Unplanned(Tuesday, 14, 0, wednesday.AddDays(1), 12, 30), Later));
    }

    [Fact]
    public void Weekends_and_holidays_are_not_offline_days()
    {
        var saturday = new DateOnly(2026, 3, 14);
        var easterMonday = new DateOnly(2026, 4, 6);

        Assert.Empty(OfflineDayRule.DaysOf(Unplanned(saturday, 9, 0, saturday.AddDays(1), 18, 0), Later));
        Assert.Empty(OfflineDayRule.DaysOf(Unplanned(easterMonday, 9, 0, easterMonday, 18, 0), Later.AddDays(30)));
        // Fri 13/03 to Mon 16/03 at 13:00: Friday and Monday, not the weekend.
        Assert.Equal([new DateOnly(2026, 3, 13), new DateOnly(2026, 3, 16)],
            OfflineDayRule.DaysOf(Unplanned(new DateOnly(2026, 3, 13), 9, 0, new DateOnly(2026, 3, 16), 13, 0), Later));
    }

    [Fact]
    public void An_outage_still_going_on_counts_up_to_now()
    {
        var ongoing = new Outage("o", RomeTime.At(Tuesday, new TimeOnly(9, 0)), null, false, null);

        Assert.Empty(OfflineDayRule.DaysOf(ongoing, RomeTime.At(Tuesday, new TimeOnly(12, 0))));
        Assert.Equal([Tuesday], OfflineDayRule.DaysOf(ongoing, RomeTime.At(Tuesday, new TimeOnly(12, 1))));
        Assert.Equal([Tuesday, Tuesday.AddDays(1)], OfflineDayRule.DaysOf(ongoing, RomeTime.At(Tuesday.AddDays(1), new TimeOnly(12, 1))));
    }

    [Fact]
    public void The_window_is_rome_time_on_the_days_clocks_change()
    {
        // Sun 29/03/2026 the clocks go forward; Monday 30/03 is a working day in summer time (UTC+2):
        // 09:00–12:01 Rome is 07:00–10:01 UTC.
        var monday = new DateOnly(2026, 3, 30);
        var utc = new Outage("o", new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 30, 10, 1, 0, TimeSpan.Zero), false, null);

        Assert.Equal([monday], OfflineDayRule.DaysOf(utc, Later));
        Assert.Empty(OfflineDayRule.DaysOf(utc with { StartsAt = utc.StartsAt.AddMinutes(1) }, Later));
    }
}
