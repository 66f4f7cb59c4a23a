using Portale.Core.Accounts.FiscalCode;

namespace Portale.Core.Tests.Accounts.FiscalCode;

public class FiscalCodeFormatTests
{
    [Theory]
    [InlineData("RSSMRA85T10A562S")]
    [InlineData("RSSMRA85T50H501S")]
    [InlineData("DLCGFR01A01Z100K")]
    [InlineData("rssmra85t10a562s")]
    [InlineData(" RSSMRA 85T10 A562S ")]
    public void Accepts_known_valid_codes(string code) => Assert.Empty(FiscalCodeFormat.Validate(code));

    [Theory]
    [InlineData("RSSMRA85T10A562S", 'S')]
    [InlineData("RSSMRA85T50H501S", 'S')]
    [InlineData("DLCGFR01A01Z100K", 'K')]
    public void Computes_the_check_character(string code, char expected) => Assert.Equal(expected, FiscalCodeFormat.CheckCharacter(code));

    [Fact]
    public void Refuses_a_wrong_check_character() =>
        Assert.Equal([FiscalCodeFormat.WrongCheckCharacter], FiscalCodeFormat.Validate("RSSMRA85T10A562T"));

    [Theory]
    [InlineData("RSSMRA85T10A562")] // 15 characters
    [InlineData("RSSMRA85T10A562SS")] // 17 characters
    [InlineData("RSSMRA85Z10A562S")] // Z is not a month letter
    [InlineData("RSSMRA85T10A56AS")] // A is not an omocodia letter
    [InlineData("RSS1RA85T10A562S")]
    [InlineData("RSSMRA85T35A562S")] // day 35 exists for nobody
    [InlineData("RSSMRA85B30A562S")] // 30 February
    [InlineData("RSSMRA85T00A562S")]
    public void Refuses_malformed_codes(string code) => Assert.Equal([FiscalCodeFormat.Malformed], FiscalCodeFormat.Validate(code));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Requires_a_value(string? code) => Assert.Equal([FiscalCodeFormat.Required], FiscalCodeFormat.Validate(code));

    [Fact]
    public void Reads_the_parts_of_a_womans_code()
    {
        Assert.True(FiscalCodeParts.TryParse("RSSMRA85T50H501S", out var parts));
        Assert.Equal(new FiscalCodeParts("RSS", "MRA", 85, 12, 10, Portale.Core.Accounts.Sex.F, "H501"), parts);
    }
}
