using FsCheck;
using FsCheck.Xunit;
using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

[Properties(Arbitrary = [typeof(CalendarArbitraries)])]
public class ResponseSlaProperties
{
    [Property]
    public bool The_sign_says_whether_the_deadline_has_passed(CalendarCase c, LetterTerms letter, int offset)
    {
        var sla = new ResponseSla(c.Calendar);
        var deadline = sla.Deadline(letter);
        var today = deadline.AddDays(offset % 60);
        var days = sla.DaysToDeadline(deadline, today);
        return Math.Sign(days) == Math.Sign(deadline.DayNumber - today.DayNumber);
    }

    [Property]
    public bool On_the_publication_day_the_whole_term_is_left(CalendarCase c, LetterTerms letter)
    {
        var sla = new ResponseSla(c.Calendar);
        return sla.DaysToDeadline(letter, letter.PublishedOn) == letter.TotalWorkingDays;
    }

    [Property]
    public bool Days_to_deadline_never_increase_as_days_pass(CalendarCase c, LetterTerms letter, int offset)
    {
        var sla = new ResponseSla(c.Calendar);
        var deadline = sla.Deadline(letter);
        var today = deadline.AddDays(offset % 60);
        return sla.DaysToDeadline(deadline, today.AddDays(1)) <= sla.DaysToDeadline(deadline, today);
    }

    [Property]
    public bool Absent_exactly_when_days_to_deadline_are_below_minus_15(CalendarCase c, LetterTerms letter, NonNegativeInt after)
    {
        var sla = new ResponseSla(c.Calendar);
        var rule = new AbsentAnswerRule(c.Calendar);
        var deadline = sla.Deadline(letter);
        var answeredOn = deadline.AddDays(after.Get % 40);
        return rule.IsAbsent(deadline, answeredOn, answeredOn) == sla.DaysToDeadline(deadline, answeredOn) < -AbsentAnswerRule.GraceWorkingDays;
    }
}
