using Portale.Core.Accounts;
using Portale.Core.Accounts.FiscalCode;
using Portale.Core.Accounts.Places;

namespace Portale.Core.Tests.Accounts.FiscalCode;

public class FiscalCodeConsistencyTests
{
    private static readonly FiscalCodePerson Maria = new("Rossi", "Maria", new DateOnly(1985, 12, 10), Sex.F, "H501");

    [Fact]
    public void Consistent_code_has_no_mismatches() =>
        Assert.Empty(FiscalCodeConsistency.Check("RSSMRA85T50H501S", Maria, PlacesCatalog.Default));

    [Fact]
    public void Omocodic_code_is_consistent_too()
    {
        var variant = FiscalCodeOmocodia.ProgressiveVariants("RSSMRA85T50H501S")[3];
        Assert.Empty(FiscalCodeConsistency.Check(variant, Maria, PlacesCatalog.Default));
    }

    [Fact]
    public void Foreign_birth_is_consistent() =>
        Assert.Empty(FiscalCodeConsistency.Check(
            "DLCGFR01A01Z100K",
            new FiscalCodePerson("De Luca", "Gianfranco", new DateOnly(2001, 1, 1), Sex.M, "Z100"),
            PlacesCatalog.Default));

    [Fact]
    public void Lists_every_inconsistency()
    {
        var other = new FiscalCodePerson("Bianchi", "Luca", new DateOnly(1986, 11, 10), Sex.M, "F205");
        Assert.Equal(
            [FiscalCodeMismatch.LastName, FiscalCodeMismatch.FirstName, FiscalCodeMismatch.BirthDate, FiscalCodeMismatch.Sex, FiscalCodeMismatch.Birthplace],
            FiscalCodeConsistency.Check("RSSMRA85T50H501S", other));
    }

    [Fact]
    public void Only_the_sex_differs_when_the_day_matches_without_the_40() =>
        Assert.Equal([FiscalCodeMismatch.Sex], FiscalCodeConsistency.Check("RSSMRA85T50H501S", Maria with { Sex = Sex.M }));

    [Fact]
    public void Century_is_ambiguous_so_1885_matches_85() =>
        Assert.Empty(FiscalCodeConsistency.Check("RSSMRA85T50H501S", Maria with { BirthDate = new DateOnly(1885, 12, 10) }));

    [Fact]
    public void A_place_that_did_not_exist_on_the_birth_date_is_inconsistent()
    {
        // Fiumicino (M297) became a comune in 1992; before, it was part of Rome.
        var code = FiscalCodeCalculator.Compute("Rossi", "Maria", new DateOnly(1985, 12, 10), Sex.F, "M297");
        Assert.Equal([FiscalCodeMismatch.Birthplace], FiscalCodeConsistency.Check(code, Maria with { BirthplaceCode = "M297" }, PlacesCatalog.Default));
        Assert.Empty(FiscalCodeConsistency.Check(code, Maria with { BirthplaceCode = "M297" }));
    }

    [Fact]
    public void Malformed_code_is_not_judged_here() =>
        Assert.Empty(FiscalCodeConsistency.Check("RSSMRA85T50H501X", Maria));

    [Fact]
    public void Warnings_are_in_italian() =>
        Assert.Equal("Il codice fiscale non è coerente con la data di nascita indicata", FiscalCodeWarning.For(FiscalCodeMismatch.BirthDate).Message);
}
