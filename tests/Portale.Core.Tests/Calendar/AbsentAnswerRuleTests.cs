using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

public class AbsentAnswerRuleTests
{
    private static readonly DateOnly Deadline = new(2025, 2, 20);
    private static readonly DateOnly FifteenthWorkingDayAfter = new(2025, 3, 13);
    private readonly AbsentAnswerRule rule = new(WorkingDayCalendar.Standard);
    private readonly ResponseSla sla = new(WorkingDayCalendar.Standard);

    [Fact]
    public void The_last_accepted_day_is_the_15th_working_day_after_the_deadline()
    {
        Assert.Equal(FifteenthWorkingDayAfter, rule.LastAcceptedDay(Deadline));
        Assert.Equal(-15, sla.DaysToDeadline(Deadline, FifteenthWorkingDayAfter));
    }

    [Fact]
    public void An_answer_on_the_15th_working_day_is_not_absent()
    {
        Assert.False(rule.IsAbsent(Deadline, FifteenthWorkingDayAfter, new DateOnly(2025, 6, 1)));
    }

    [Fact]
    public void An_answer_the_day_after_is_absent_and_shows_below_minus_15()
    {
        var dayAfter = FifteenthWorkingDayAfter.AddDays(1);

        Assert.True(rule.IsAbsent(Deadline, dayAfter, dayAfter));
        Assert.Equal(-16, sla.DaysToDeadline(Deadline, dayAfter));
    }

    [Fact]
    public void An_answer_on_the_weekend_after_the_15th_working_day_is_absent()
    {
        var friday = new DateOnly(2025, 2, 21);
        var lastAccepted = rule.LastAcceptedDay(friday);

        Assert.Equal(DayOfWeek.Friday, lastAccepted.DayOfWeek);
        Assert.True(rule.IsAbsent(friday, lastAccepted.AddDays(1), lastAccepted.AddDays(1)));
        Assert.True(sla.DaysToDeadline(friday, lastAccepted.AddDays(1)) < -15);
    }

    [Fact]
    public void A_missing_answer_becomes_absent_only_once_the_last_accepted_day_is_over()
    {
        Assert.False(rule.IsAbsent(Deadline, null, FifteenthWorkingDayAfter));
        Assert.True(rule.IsAbsent(Deadline, null, FifteenthWorkingDayAfter.AddDays(1)));
    }

    [Fact]
    public void Offline_days_extend_the_grace_period()
    {
        var withOutage = new AbsentAnswerRule(new WorkingDayCalendar([new DateOnly(2025, 3, 3)]));

        Assert.Equal(new DateOnly(2025, 3, 14), withOutage.LastAcceptedDay(Deadline));
    }
}
