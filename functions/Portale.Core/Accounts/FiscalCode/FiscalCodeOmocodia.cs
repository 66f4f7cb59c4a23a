namespace Portale.Core.Accounts.FiscalCode;

/// <summary>The variants the Agenzia issues when two people would share a code.</summary>
public static class FiscalCodeOmocodia
{
    /// <summary>
    /// The seven progressive variants of a code: digits replaced from the right by L M N P Q R S T U V,
    /// one more each time, with the check character recomputed on the code as written.
    /// </summary>
    public static IReadOnlyList<string> ProgressiveVariants(string code)
    {
        var chars = FiscalCodeFormat.Canonical(code).ToCharArray();
        var variants = new List<string>();
        foreach (var position in FiscalCodeFormat.DigitPositions.Reverse())
        {
            chars[position] = FiscalCodeFormat.OmocodiaLetters[chars[position] - '0'];
            chars[15] = FiscalCodeFormat.CheckCharacter(new string(chars));
            variants.Add(new string(chars));
        }
        return variants;
    }

    /// <summary>
    /// The variant replacing exactly the digit positions whose bit is set in <paramref name="mask"/> (0–127).
    /// </summary>
    public static string Variant(string code, int mask)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mask);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mask, 127);
        var chars = FiscalCodeFormat.Canonical(code).ToCharArray();
        for (var bit = 0; bit < FiscalCodeFormat.DigitPositions.Length; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                var position = FiscalCodeFormat.DigitPositions[bit];
                chars[position] = FiscalCodeFormat.OmocodiaLetters[chars[position] - '0'];
            }
        }
        chars[15] = FiscalCodeFormat.CheckCharacter(new string(chars));
        return new string(chars);
    }
}
