using Portale.Core.Letters.Search;

namespace Portale.Core.Tests.Letters.Search;

public class LetterPatternTests
{
    [Theory]
    [InlineData("Mario Rossi", "Mario Rossi", true)]
    [InlineData("mario rossi", "MARIO ROSSI", true)]
    [InlineData("Mario", "Mario Rossi", false)]
    [InlineData("Rossi", "Mario Rossi", false)]
    [InlineData("Mario Rossi", "Mario Rossi Srl", false)]
    public void Without_wildcard_the_whole_field_must_match_ignoring_case(string filter, string value, bool expected) =>
        Assert.Equal(expected, new LetterPattern(filter).Matches(value));

    [Theory]
    [InlineData("L-P-20%", "L-P-20-0000001_01.PDF", true)]
    [InlineData("l-p-20%", "L-P-20-0000001_01.PDF", true)]
    [InlineData("L-P-20%", "L-P-21-0000001_01.PDF", false)]
    [InlineData("L-P-20%", "XL-P-20-0000001_01.PDF", false)]
    [InlineData("%rossi", "Mario Rossi", true)]
    [InlineData("%rossi", "Mario Rossi Srl", false)]
    [InlineData("%Ross%", "Mario Rossi Srl", true)]
    [InlineData("M%o R%i", "Mario Rossi", true)]
    [InlineData("M%o R%i", "Mario Bianchi", false)]
    [InlineData("%", "x", true)]
    [InlineData("Via%", "Via Roma 1\nRoma", true)]
    public void Percent_stands_for_any_run_of_characters(string filter, string value, bool expected) =>
        Assert.Equal(expected, new LetterPattern(filter).Matches(value));

    [Theory]
    [InlineData("a.c%", "abc", false)]
    [InlineData("a.c%", "a.cd", true)]
    [InlineData("(x)[y]*%", "(x)[y]*z", true)]
    [InlineData("a_b", "axb", false)]
    public void Every_character_but_percent_is_literal(string filter, string value, bool expected) =>
        Assert.Equal(expected, new LetterPattern(filter).Matches(value));

    [Fact]
    public void A_missing_value_never_matches_so_percent_alone_means_has_a_value()
    {
        Assert.False(new LetterPattern("%").Matches(null));
        Assert.False(new LetterPattern("%").Matches(string.Empty));
        Assert.False(new LetterPattern("x").Matches(null));
    }

    [Theory]
    [InlineData("L-P-20%", "L-P-20", true)]
    [InlineData("%20", "", true)]
    [InlineData("L-P-20-0000001_01.PDF", "L-P-20-0000001_01.PDF", false)]
    public void The_prefix_is_the_literal_start_of_every_match(string filter, string prefix, bool extended)
    {
        var pattern = new LetterPattern(filter);
        Assert.Equal(prefix, pattern.Prefix);
        Assert.Equal(extended, pattern.IsExtended);
    }
}
