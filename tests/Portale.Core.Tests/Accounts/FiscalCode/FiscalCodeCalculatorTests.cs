using Portale.Core.Accounts;
using Portale.Core.Accounts.FiscalCode;

namespace Portale.Core.Tests.Accounts.FiscalCode;

public class FiscalCodeCalculatorTests
{
    [Fact]
    public void Computes_a_woman_born_in_rome() =>
        Assert.Equal("RSSMRA85T50H501S", FiscalCodeCalculator.Compute("Rossi", "Maria", new DateOnly(1985, 12, 10), Sex.F, "H501"));

    [Fact]
    public void Computes_a_man_born_abroad() =>
        Assert.Equal("DLCGFR01A01Z100K", FiscalCodeCalculator.Compute("De Luca", "Gianfranco", new DateOnly(2001, 1, 1), Sex.M, "Z100"));

    [Fact]
    public void Computes_the_reference_example() =>
        Assert.Equal("RSSMRA85T10A562S", FiscalCodeCalculator.Compute("Rossi", "Mario", new DateOnly(1985, 12, 10), Sex.M, "A562"));

    [Theory]
    [InlineData("Rossi", "RSS")]
    [InlineData("De Luca", "DLC")]
    [InlineData("Fo", "FOX")]
    [InlineData("Ua", "UAX")]
    [InlineData("Poe", "POE")]
    [InlineData("D'Angelo", "DNG")]
    [InlineData("Nicolò", "NCL")]
    [InlineData("Öz", "ZOX")]
    [InlineData("", "XXX")]
    public void Takes_surname_consonants_then_vowels_then_x(string surname, string triplet) =>
        Assert.Equal(triplet, FiscalCodeCalculator.LastNameTriplet(surname));

    [Theory]
    [InlineData("Gianfranco", "GFR")] // four or more consonants: 1st, 3rd, 4th
    [InlineData("Maria", "MRA")]
    [InlineData("Mario", "MRA")]
    [InlineData("Luca", "LCU")]
    [InlineData("Gian Franco", "GFR")]
    [InlineData("Al", "LAX")]
    [InlineData("Francesca", "FNC")]
    public void Takes_name_consonants_with_the_four_consonant_rule(string name, string triplet) =>
        Assert.Equal(triplet, FiscalCodeCalculator.FirstNameTriplet(name));

    [Fact]
    public void Refuses_a_place_code_that_is_not_a_letter_and_three_digits() =>
        Assert.Throws<ArgumentException>(() => FiscalCodeCalculator.Compute("Rossi", "Mario", new DateOnly(1985, 12, 10), Sex.M, "ROMA"));
}
