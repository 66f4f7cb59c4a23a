using Portale.Core.Accounts.FiscalCode;

namespace Portale.Core.Tests.Accounts.FiscalCode;

public class FiscalCodeOmocodiaTests
{
    [Fact]
    public void Progressive_variants_replace_digits_from_the_right()
    {
        var variants = FiscalCodeOmocodia.ProgressiveVariants("RSSMRA85T10A562S");
        Assert.Equal(7, variants.Count);
        Assert.StartsWith("RSSMRA85T10A56N", variants[0]); // 2 → N
        Assert.StartsWith("RSSMRA85T10A5SN", variants[1]); // 6 → S
        Assert.StartsWith("RSSMRAURTMLARSN", variants[6]); // 85→UR, 10→ML, 562→RSN
    }

    [Fact]
    public void Every_variant_is_valid_and_decodes_to_the_same_person()
    {
        Assert.True(FiscalCodeParts.TryParse("RSSMRA85T10A562S", out var original));
        foreach (var variant in FiscalCodeOmocodia.ProgressiveVariants("RSSMRA85T10A562S"))
        {
            Assert.Empty(FiscalCodeFormat.Validate(variant));
            Assert.Equal("RSSMRA85T10A562S", FiscalCodeFormat.Canonical(variant));
            Assert.True(FiscalCodeParts.TryParse(variant, out var parts));
            Assert.Equal(original, parts);
        }
    }

    [Fact]
    public void Check_character_is_computed_on_the_code_as_written()
    {
        var variant = FiscalCodeOmocodia.ProgressiveVariants("RSSMRA85T10A562S")[0];
        Assert.Equal(FiscalCodeFormat.CheckCharacter(variant), variant[15]);
        var wrong = variant[..15] + 'S'; // the base code's check character no longer fits
        Assert.NotEqual(variant, wrong);
        Assert.Equal([FiscalCodeFormat.WrongCheckCharacter], FiscalCodeFormat.Validate(wrong));
    }

    [Fact]
    public void There_are_127_distinct_variants() =>
        Assert.Equal(127, Enumerable.Range(1, 127).Select(mask => FiscalCodeOmocodia.Variant("DLCGFR01A01Z100K", mask)).Distinct().Count());
}
