using Portale.Core.Calendar;

namespace Portale.Core.Tests.Calendar;

public class ExtensionPolicyTests
{
    private static readonly LetterTerms ThreeDayLetter = new(new DateOnly(2025, 2, 17), 3);

    [Fact]
    public void A_three_day_letter_from_February_2025_may_be_extended_by_1_to_17_days()
    {
        var options = ExtensionPolicy.Options(ThreeDayLetter);

        Assert.True(options.IsAllowed);
        Assert.Equal(Enumerable.Range(1, 17), options.Choices);
    }

    [Fact]
    public void A_letter_published_on_31_December_2024_may_not_be_extended()
    {
        var options = ExtensionPolicy.Options(ThreeDayLetter with { PublishedOn = new DateOnly(2024, 12, 31) });

        Assert.Empty(options.Choices);
        Assert.Equal(ExtensionRefusal.PublishedBefore2025, options.Refusal);
    }

    [Fact]
    public void A_letter_published_on_1_January_2025_may_be_extended()
    {
        Assert.True(ExtensionPolicy.Options(ThreeDayLetter with { PublishedOn = new DateOnly(2025, 1, 1) }).IsAllowed);
    }

    [Fact]
    public void A_special_procedure_may_not_be_extended()
    {
        var options = ExtensionPolicy.Options(ThreeDayLetter with { IsSpecialProcedure = true });

        Assert.Empty(options.Choices);
        Assert.Equal(ExtensionRefusal.SpecialProcedure, options.Refusal);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(30)]
    public void A_term_of_20_days_or_more_may_not_be_extended(int term)
    {
        var options = ExtensionPolicy.Options(ThreeDayLetter with { TermWorkingDays = term });

        Assert.Empty(options.Choices);
        Assert.Equal(ExtensionRefusal.TermAtMaximum, options.Refusal);
    }

    [Fact]
    public void A_19_day_term_allows_exactly_one_day()
    {
        Assert.Equal([1], ExtensionPolicy.Options(ThreeDayLetter with { TermWorkingDays = 19 }).Choices);
    }

    [Fact]
    public void An_extension_is_granted_only_once()
    {
        var extended = ThreeDayLetter with { ExtensionWorkingDays = 5 };

        Assert.Equal(ExtensionRefusal.AlreadyExtended, ExtensionPolicy.Options(extended).Refusal);
        Assert.Equal(ExtensionRefusal.AlreadyExtended, ExtensionPolicy.Check(extended, 1));
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(17, null)]
    [InlineData(18, ExtensionRefusal.OutOfRange)]
    [InlineData(0, ExtensionRefusal.OutOfRange)]
    [InlineData(-1, ExtensionRefusal.OutOfRange)]
    public void A_requested_number_of_days_must_be_one_of_the_choices(int days, ExtensionRefusal? expected)
    {
        Assert.Equal(expected, ExtensionPolicy.Check(ThreeDayLetter, days));
    }

    [Fact]
    public void The_letter_level_refusal_wins_over_the_requested_days()
    {
        var old = ThreeDayLetter with { PublishedOn = new DateOnly(2024, 6, 3) };

        Assert.Equal(ExtensionRefusal.PublishedBefore2025, ExtensionPolicy.Check(old, 99));
    }

    [Fact]
    public void Every_refusal_has_an_Italian_message()
    {
        foreach (var refusal in Enum.GetValues<ExtensionRefusal>())
        {
            Assert.False(string.IsNullOrWhiteSpace(RefusalMessages.For(refusal)));
        }
        Assert.Equal("La proroga è già stata richiesta per questa lettera.", RefusalMessages.For(ExtensionRefusal.AlreadyExtended));
    }
}
