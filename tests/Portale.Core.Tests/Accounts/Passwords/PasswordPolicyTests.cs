using Portale.Core.Accounts.Passwords;

namespace Portale.Core.Tests.Accounts.Passwords;

public class PasswordPolicyTests
{
    private static readonly PasswordContext Mario = new("mrossi85", "Mario", "Rossi");

    [Theory]
    [InlineData("Zx7!qwTy")]
    [InlineData("Zx7!qwTyZx7!qwTyZx7!")]
    [InlineData("Città 2024!")]
    public void Accepts_a_compliant_password(string password) => Assert.Empty(PasswordPolicy.Validate(password, Mario));

    [Theory]
    [InlineData("zx7!qwty")]
    [InlineData("ZX7!QWTY")]
    [InlineData("Zxc!qwTy")]
    [InlineData("Zx7aqwTy")]
    public void Requires_every_character_class(string password) =>
        Assert.Equal([PasswordPolicy.MissingClasses], PasswordPolicy.Validate(password, Mario));

    [Theory]
    [InlineData("Xx1!MROSSI85")]
    [InlineData("Xx1!mario99")]
    [InlineData("Xx1!ROSSIxx")]
    public void Refuses_username_name_or_surname_in_any_case(string password) =>
        Assert.Equal([PasswordPolicy.ContainsPersonalData], PasswordPolicy.Validate(password, Mario));

    [Fact]
    public void Checks_each_word_of_a_compound_surname_and_the_joined_form()
    {
        var person = new PasswordContext("gdl", "Gian Franco", "De Luca");
        Assert.Contains(PasswordPolicy.ContainsPersonalData, PasswordPolicy.Validate("Xx1!franco", person));
        Assert.Contains(PasswordPolicy.ContainsPersonalData, PasswordPolicy.Validate("Xx1!DeLuca", person));
        Assert.Contains(PasswordPolicy.ContainsPersonalData, PasswordPolicy.Validate("Xx1!luca77", person));
        // Two-letter parts such as "De" are not checked; three letters (the username here) are.
        Assert.DoesNotContain(PasswordPolicy.ContainsPersonalData, PasswordPolicy.Validate("Xx1!dexyzw", person));
        Assert.Contains(PasswordPolicy.ContainsPersonalData, PasswordPolicy.Validate("Xx1!GDLxyz", person));
    }

    [Fact]
    public void Refuses_one_of_the_last_three()
    {
        var recent = new HashSet<string> { "Zx7!qwTy" };
        Assert.Equal([PasswordPolicy.RecentlyUsed], PasswordPolicy.Validate("Zx7!qwTy", Mario, recent.Contains));
        Assert.Empty(PasswordPolicy.Validate("Zx7!qwTz", Mario, recent.Contains));
    }

    [Fact]
    public void Refuses_more_than_20_characters() =>
        Assert.Equal([PasswordPolicy.TooLong], PasswordPolicy.Validate("Zx7!qwTyZx7!qwTyZx7!a", Mario));

    [Fact]
    public void Refuses_fewer_than_8_characters() =>
        Assert.Equal([PasswordPolicy.TooShort], PasswordPolicy.Validate("Zx7!qwT", Mario));

    [Fact]
    public void Counts_code_points_not_utf16_units()
    {
        // 20 code points, 24 UTF-16 units.
        var password = "Zx7!qwTyZx7!qwTy😀😀😀😀";
        Assert.Equal(24, password.Length);
        Assert.Empty(PasswordPolicy.Validate(password, Mario));
    }

    [Fact]
    public void Uses_the_manuals_messages_word_for_word()
    {
        Assert.Equal("La password deve contenere almeno un carattere minuscolo, un carattere maiuscolo, un numero e un carattere speciale", PasswordPolicy.MissingClasses);
        Assert.Equal("La password non deve contenere username, nome o cognome", PasswordPolicy.ContainsPersonalData);
        Assert.Equal("La password non può essere uguale a una delle ultime tre inserite", PasswordPolicy.RecentlyUsed);
        Assert.Equal("La password non deve superare la lunghezza di 20 caratteri", PasswordPolicy.TooLong);
        Assert.Equal("La password non deve essere inferiore a 8 caratteri", PasswordPolicy.TooShort);
    }

    [Fact]
    public void Reports_every_broken_rule_together()
    {
        var errors = PasswordPolicy.Validate("mario", Mario, _ => true);
        Assert.Equal(
            [PasswordPolicy.MissingClasses, PasswordPolicy.ContainsPersonalData, PasswordPolicy.RecentlyUsed, PasswordPolicy.TooShort],
            errors);
    }
}
