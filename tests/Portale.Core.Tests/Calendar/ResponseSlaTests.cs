using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

public class ResponseSlaTests
{
    private readonly ResponseSla sla = new(WorkingDayCalendar.Standard);

    [Fact]
    public void A_three_day_letter_published_on_Monday_is_due_on_Thursday()
    {
        var letter = new LetterTerms(new DateOnly(2025, 2, 17), 3);

        Assert.Equal(new DateOnly(2025, 2, 20), sla.Deadline(letter));
    }

    [Fact]
    public void The_granted_extension_moves_the_deadline()
    {
        var letter = new LetterTerms(new DateOnly(2025, 2, 18), 3, ExtensionWorkingDays: 17);

        Assert.Equal(new DateOnly(2025, 3, 18), sla.Deadline(letter));
    }

    [Fact]
    public void Manual_figure_4_values_on_20_February_2025()
    {
        var today = new DateOnly(2025, 2, 20);
        var dueToday = new LetterTerms(new DateOnly(2025, 2, 17), 3);
        var extended = new LetterTerms(new DateOnly(2025, 2, 18), 3, ExtensionWorkingDays: 17);

        Assert.Equal(0, sla.DaysToDeadline(dueToday, today));
        Assert.Equal(18, sla.DaysToDeadline(extended, today));
    }

    [Theory]
    [InlineData("2025-02-17", 3)]
    [InlineData("2025-02-18", 2)]
    [InlineData("2025-02-19", 1)]
    [InlineData("2025-02-20", 0)]
    [InlineData("2025-02-21", -1)]
    [InlineData("2025-02-22", -2)] // Saturday: Thursday and Friday have gone
    [InlineData("2025-02-23", -2)]
    [InlineData("2025-02-24", -2)]
    [InlineData("2025-02-25", -3)]
    public void Days_to_deadline_count_down_through_zero_and_go_negative(string today, int expected)
    {
        var deadline = new DateOnly(2025, 2, 20);

        Assert.Equal(expected, sla.DaysToDeadline(deadline, DateOnly.Parse(today)));
    }

    [Fact]
    public void The_weekend_before_a_Monday_deadline_still_has_one_day_left()
    {
        var monday = new DateOnly(2025, 2, 24);

        Assert.Equal(1, sla.DaysToDeadline(monday, new DateOnly(2025, 2, 21)));
        Assert.Equal(1, sla.DaysToDeadline(monday, new DateOnly(2025, 2, 22)));
        Assert.Equal(1, sla.DaysToDeadline(monday, new DateOnly(2025, 2, 23)));
        Assert.Equal(0, sla.DaysToDeadline(monday, monday));
    }

    [Fact]
    public void The_Saturday_after_a_Friday_deadline_is_already_late()
    {
        var friday = new DateOnly(2025, 2, 21);

        Assert.Equal(-1, sla.DaysToDeadline(friday, new DateOnly(2025, 2, 22)));
        Assert.Equal(-1, sla.DaysToDeadline(friday, new DateOnly(2025, 2, 24)));
    }

    [Fact]
    public void Days_to_deadline_skip_Easter_Monday()
    {
        // Fri 18 (Good Friday works), [Mon 21 Easter Monday], Tue 22, Wed 23.
        var deadline = new DateOnly(2025, 4, 23);

        Assert.Equal(3, sla.DaysToDeadline(deadline, new DateOnly(2025, 4, 17)));
        Assert.Equal(-1, sla.DaysToDeadline(new DateOnly(2025, 4, 18), new DateOnly(2025, 4, 21)));
        Assert.Equal(-1, sla.DaysToDeadline(new DateOnly(2025, 4, 18), new DateOnly(2025, 4, 22)));
        Assert.Equal(-2, sla.DaysToDeadline(new DateOnly(2025, 4, 17), new DateOnly(2025, 4, 22)));
    }

    [Fact]
    public void A_deadline_across_Christmas_and_New_Year()
    {
        var letter = new LetterTerms(new DateOnly(2025, 12, 19), 10);

        // Mon 22, Tue 23, Wed 24, Mon 29, Tue 30, Wed 31, Fri 2, Mon 5, Wed 7, Thu 8.
        Assert.Equal(new DateOnly(2026, 1, 8), sla.Deadline(letter));
        Assert.Equal(4, sla.DaysToDeadline(letter, new DateOnly(2025, 12, 31)));
        Assert.Equal(4, sla.DaysToDeadline(letter, new DateOnly(2026, 1, 1)));
        Assert.Equal(-1, sla.DaysToDeadline(letter, new DateOnly(2026, 1, 9)));
    }

    [Fact]
    public void Offline_days_push_the_deadline_and_are_not_counted()
    {
        var calendar = new WorkingDayCalendar([new DateOnly(2025, 2, 19)]);
        var withOutage = new ResponseSla(calendar);
        var letter = new LetterTerms(new DateOnly(2025, 2, 17), 3);

        Assert.Equal(new DateOnly(2025, 2, 21), withOutage.Deadline(letter));
        Assert.Equal(2, withOutage.DaysToDeadline(letter, new DateOnly(2025, 2, 18)));
    }

    [Fact]
    public void A_term_must_be_positive_and_an_extension_not_negative()
    {
        var published = new DateOnly(2025, 2, 17);

        Assert.Throws<ArgumentOutOfRangeException>(() => new LetterTerms(published, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LetterTerms(published, 3, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LetterTerms(published, 3) with { ExtensionWorkingDays = -2 });
    }
}
