using Portale.Core.Accounts.Phones;

namespace Portale.Core.Tests.Accounts.Phones;

public class MobileNumberTests
{
    [Theory]
    [InlineData("3331234567")]
    [InlineData("333 1234567")]
    [InlineData("333 123 4567")]
    [InlineData("+39 333 1234567")]
    [InlineData("+393331234567")]
    [InlineData("0039 333 1234567")]
    [InlineData(" 333-123-4567 ")]
    public void Accepts_italian_mobiles_and_normalises_to_e164(string input)
    {
        Assert.True(MobileNumber.TryParse(input, out var number));
        Assert.Equal("+393331234567", number.E164);
    }

    [Theory]
    [InlineData("33312345678")] // 11 digits: libphonenumber calls it VOICEMAIL
    [InlineData("+39 333 12345678")]
    [InlineData("06 12345678")] // Rome landline
    [InlineData("02 1234567")]
    [InlineData("800 166654")] // toll free
    [InlineData("+44 7911 123456")] // UK mobile
    [InlineData("12345")]
    [InlineData("mobile")]
    public void Refuses_what_is_not_an_italian_mobile(string input)
    {
        Assert.False(MobileNumber.TryParse(input, out var number));
        Assert.Null(number);
        Assert.Equal([MobileNumber.Invalid], MobileNumber.Validate(input));
    }

    [Fact]
    public void Is_required() => Assert.Equal([MobileNumber.Required], MobileNumber.Validate(" "));

    [Fact]
    public void Equal_numbers_written_differently_are_equal()
    {
        MobileNumber.TryParse("333 1234567", out var a);
        MobileNumber.TryParse("+39 333-123-4567", out var b);
        Assert.Equal(a, b);
    }
}
