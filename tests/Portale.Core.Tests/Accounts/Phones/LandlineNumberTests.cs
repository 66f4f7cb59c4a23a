using Portale.Core.Accounts.Phones;

namespace Portale.Core.Tests.Accounts.Phones;

public class LandlineNumberTests
{
    [Theory]
    [InlineData("06 12345678", "+390612345678")]
    [InlineData("+39 02 12345678", "+390212345678")]
    [InlineData("011 1234567", "+390111234567")]
    public void Accepts_italian_fixed_lines(string input, string e164)
    {
        Assert.True(LandlineNumber.TryParse(input, out var number));
        Assert.Equal(e164, number.E164);
    }

    [Theory]
    [InlineData("333 1234567")]
    [InlineData("06")]
    [InlineData("+33 1 23 45 67 89")]
    public void Refuses_mobiles_and_garbage(string input) => Assert.Equal([LandlineNumber.Invalid], LandlineNumber.Validate(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Is_optional(string? input) => Assert.Empty(LandlineNumber.Validate(input));
}
