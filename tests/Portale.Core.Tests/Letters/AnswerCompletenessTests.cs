using Portale.Core.Calendar;
using Portale.Core.Letters;
using Portale.Core.Refusals;
using Portale.Core.Time;

namespace Portale.Core.Tests.Letters;

public sealed class AnswerCompletenessTests
{
    private static readonly AnswerCompleteness Rule =
        new(new ResponseSla(WorkingDayCalendar.Standard), new AbsentAnswerRule(WorkingDayCalendar.Standard));

    // Published Mon 16/11/2026, 5 working days: deadline Mon 23/11; the 15th working day after it,
    // with Tue 8/12 (Immacolata) skipped, is Tue 15/12/2026.
    private static Letter Published(Sector sector, LetterAnswer? answer = null, Recipient recipient = Recipient.To) =>
        new("acme", "L-P-26-0000001_01.PDF", recipient, RomeTime.At(new DateOnly(2026, 11, 16), new TimeOnly(1, 5)),
            new LetterFields("1", "RECLAMI", "POD", sector == Sector.Water ? ServiceType.Water : ServiceType.Electricity, "T", "S", "C", "A", 5, false, sector), "h")
        { Answer = answer };

    private static DateTimeOffset On(int month, int day) => RomeTime.At(new DateOnly(2026, month, day), new TimeOnly(17, 0));

    [Fact]
    public void Energy_answer_filed_by_the_15th_working_day_after_the_deadline_is_complete_and_later_is_absent_across_a_holiday()
    {
        Assert.Null(Rule.OnFiling(Published(Sector.Energy), On(12, 15)));
        Assert.Equal("assente", Rule.OnFiling(Published(Sector.Energy), On(12, 16)));
    }

    [Fact]
    public void Water_answers_are_never_classified_by_date_only_by_the_Sportello()
    {
        Assert.Null(Rule.OnFiling(Published(Sector.Water), On(12, 30)));
    }

    [Fact]
    public void A_replacement_keeps_the_classification_already_made()
    {
        var answered = Published(Sector.Water, new LetterAnswer("R-P-26-0000001_01.PDF", On(11, 20), "op")) with { Completeness = "Risposta incompleta" };
        Assert.Equal("Risposta incompleta", Rule.OnFiling(answered, On(11, 20)));
    }

    [Theory]
    [InlineData("water", "risposta incompleta", "Risposta incompleta")]
    [InlineData("water", "", null)]
    [InlineData("energy", "ASSENTE", "assente")]
    [InlineData("energy", null, null)]
    public void The_Sportello_sets_the_sectors_value_or_clears_it(string sector, string? value, string? expected)
    {
        var answer = new LetterAnswer("R-P-26-0000001_01.PDF", On(11, 20), "op");
        Assert.Equal(expected, AnswerCompleteness.Check(Published(sector == "water" ? Sector.Water : Sector.Energy, answer), value));
    }

    [Fact]
    public void Another_sectors_value_or_a_water_or_CC_letter_without_answer_is_refused_in_Italian()
    {
        var answer = new LetterAnswer("R-P-26-0000001_01.PDF", On(11, 20), "op");
        var wrong = Assert.Throws<RefusalException>(() => AnswerCompleteness.Check(Published(Sector.Water, answer), "assente"));
        Assert.Contains("settore idrico", wrong.Message);
        var water = Assert.Throws<RefusalException>(() => AnswerCompleteness.Check(Published(Sector.Water), "Risposta incompleta"));
        Assert.Equal(RefusalKind.Conflict, water.Kind);
        var cc = Assert.Throws<RefusalException>(() => AnswerCompleteness.Check(Published(Sector.Energy, recipient: Recipient.Cc), "assente"));
        Assert.Equal(RefusalKind.Conflict, cc.Kind);
    }

    [Fact]
    public void An_unanswered_energy_TO_letter_may_be_classified_absent_by_the_Sportello()
    {
        Assert.Equal("assente", AnswerCompleteness.Check(Published(Sector.Energy), "assente"));
    }

    [Fact]
    public void An_answer_filed_after_the_letter_was_aged_keeps_absent()
    {
        var aged = Published(Sector.Energy) with { Completeness = "assente" };
        Assert.Equal("assente", Rule.OnFiling(aged, On(12, 16)));
    }

    [Fact]
    public void Ageing_is_due_strictly_after_the_15th_working_day_for_unanswered_unclassified_energy_TO_letters_only()
    {
        Assert.False(Rule.IsDueForAgeing(Published(Sector.Energy), new DateOnly(2026, 12, 15)));
        Assert.True(Rule.IsDueForAgeing(Published(Sector.Energy), new DateOnly(2026, 12, 16)));
        Assert.False(Rule.IsDueForAgeing(Published(Sector.Water), new DateOnly(2026, 12, 16)));
        Assert.False(Rule.IsDueForAgeing(Published(Sector.Energy, recipient: Recipient.Cc), new DateOnly(2026, 12, 16)));
        Assert.False(Rule.IsDueForAgeing(Published(Sector.Energy, new LetterAnswer("R", On(12, 16), "op")), new DateOnly(2026, 12, 17)));
        Assert.False(Rule.IsDueForAgeing(Published(Sector.Energy) with { Completeness = "assente" }, new DateOnly(2026, 12, 17)));
        // A proroga of 2 working days moves the 15th working day to Thu 17/12.
        Assert.False(Rule.IsDueForAgeing(Published(Sector.Energy) with { ExtensionWorkingDays = 2 }, new DateOnly(2026, 12, 17)));
        Assert.True(Rule.IsDueForAgeing(Published(Sector.Energy) with { ExtensionWorkingDays = 2 }, new DateOnly(2026, 12, 18)));
    }
}
