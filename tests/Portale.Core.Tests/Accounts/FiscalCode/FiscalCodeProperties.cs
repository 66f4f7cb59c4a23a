using FsCheck;
using FsCheck.Xunit;
using Portale.Core.Accounts;
using Portale.Core.Accounts.FiscalCode;

namespace Portale.Core.Tests.Accounts.FiscalCode;

public class FiscalCodeProperties
{
    private static FiscalCodePerson Person(string? lastName, string? firstName, DateTime date, bool female, ushort place) =>
        new(lastName ?? string.Empty, firstName ?? string.Empty, DateOnly.FromDateTime(date), female ? Sex.F : Sex.M,
            $"{(char)('A' + place % 26)}{place % 1000:000}");

    private static string Compute(FiscalCodePerson p) => FiscalCodeCalculator.Compute(p.LastName, p.FirstName, p.BirthDate, p.Sex, p.BirthplaceCode);

    [Property(MaxTest = 300)]
    public bool Any_computed_code_is_formally_valid_and_consistent(string? lastName, string? firstName, DateTime date, bool female, ushort place)
    {
        var person = Person(lastName, firstName, date, female, place);
        var code = Compute(person);
        return FiscalCodeFormat.IsValid(code) && FiscalCodeConsistency.Check(code, person).Count == 0;
    }

    [Property(MaxTest = 300)]
    public bool Every_omocodia_variant_validates_and_decodes_to_the_same_person(
        string? lastName, string? firstName, DateTime date, bool female, ushort place, PositiveInt mask)
    {
        var person = Person(lastName, firstName, date, female, place);
        var code = Compute(person);
        var variant = FiscalCodeOmocodia.Variant(code, mask.Get % 128);
        FiscalCodeParts.TryParse(code, out var expected);
        FiscalCodeParts.TryParse(variant, out var actual);
        return FiscalCodeFormat.IsValid(variant)
            && FiscalCodeFormat.Canonical(variant) == code
            && expected == actual
            && FiscalCodeConsistency.Check(variant, person).Count == 0;
    }

    [Property(MaxTest = 300)]
    public bool Changing_one_character_breaks_formal_validity(NonNegativeInt position, char replacement)
    {
        const string code = "RSSMRA85T50H501S";
        var index = position.Get % 16;
        var upper = char.ToUpperInvariant(replacement);
        if (upper == code[index] || char.IsWhiteSpace(upper))
        {
            return true;
        }
        var changed = code[..index] + upper + code[(index + 1)..];
        // An omocodia letter for the same digit is the one legitimate single change, and only with a new check character.
        return !FiscalCodeFormat.IsValid(changed);
    }
}
