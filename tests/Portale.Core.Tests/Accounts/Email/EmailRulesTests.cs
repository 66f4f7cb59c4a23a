using Portale.Core.Accounts.Email;

namespace Portale.Core.Tests.Accounts.Email;

public class EmailRulesTests
{
    [Theory]
    [InlineData("mario.rossi@example.it")]
    [InlineData("m.rossi+portale@gmail.com")]
    [InlineData("  mario@sub.domain.example.org ")]
    [InlineData("o'brien@example.ie")]
    public void Accepts_ordinary_addresses(string email) => Assert.Empty(EmailRules.Validate(email));

    [Theory]
    [InlineData("mario")]
    [InlineData("mario@")]
    [InlineData("@example.it")]
    [InlineData("mario@example")]
    [InlineData("mario rossi@example.it")]
    [InlineData("mario..rossi@example.it")]
    [InlineData(".mario@example.it")]
    [InlineData("mario@-example.it")]
    [InlineData("Mario <mario@example.it>")]
    [InlineData("mario@example.it.")]
    public void Refuses_malformed_addresses(string email) => Assert.Equal([EmailRules.Invalid], EmailRules.Validate(email));

    [Fact]
    public void Refuses_too_long_local_part() =>
        Assert.Equal([EmailRules.Invalid], EmailRules.Validate(new string('a', 65) + "@example.it"));

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Requires_a_value(string? email) => Assert.Equal([EmailRules.Required], EmailRules.Validate(email));

    [Fact]
    public void Refuses_pec_with_the_manuals_advice()
    {
        var errors = EmailRules.Validate("azienda@pec.it");
        Assert.Equal([EmailRules.PecNotAllowed], errors);
        Assert.StartsWith("Non inserire email PEC nel campo email", errors[0]);
    }
}
