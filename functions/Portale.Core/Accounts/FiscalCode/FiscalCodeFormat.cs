namespace Portale.Core.Accounts.FiscalCode;

/// <summary>Formal validation of a 16-character codice fiscale (DM 23/12/1976), omocodia included.</summary>
public static partial class FiscalCodeFormat
{
    public const int Length = 16;

    public const string Required = "Inserire il codice fiscale";
    public const string Malformed =
        "Il codice fiscale non è formalmente valido: deve essere composto da 16 caratteri nel formato previsto (es. " +
            "RSSMRA85T10A562S)";
    public const string WrongCheckCharacter =
        "Il codice fiscale non è formalmente valido: il carattere di controllo non corrisponde";

    internal const string MonthLetters = "ABCDEHLMPRST";

    // Positions (0-based) that hold digits, which omocodia may replace with letters.
    internal static readonly int[] DigitPositions = [6, 7, 9, 10, 12, 13, 14];
    internal const string OmocodiaLetters = "LMNPQRSTUV";

    private static readonly int[] OddValues =
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    /// <summary>Upper case without spaces: the form codes are compared and stored in.</summary>
    public static string Normalize(string code) =>
        string.Concat(code.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static IReadOnlyList<string> Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return [Required];
        }
        var normalized = Normalize(code);
        if (!Pattern().IsMatch(normalized) || !HasPlausibleDate(normalized))
        {
            return [Malformed];
        }
        return CheckCharacter(normalized) == normalized[15] ? [] : [WrongCheckCharacter];
    }

    public static bool IsValid(string? code) => Validate(code).Count == 0;

    /// <summary>The check character of the first 15 characters (odd/even tables, sum mod 26).</summary>
    public static char CheckCharacter(string code)
    {
        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = code[i];
            var index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            // Positions are 1-based in the decree: index 0 is the first, "odd", character.
            sum += i % 2 == 0 ? OddValues[index] : index;
        }
        return (char)('A' + sum % 26);
    }

    /// <summary>The code with omocodia letters turned back into digits and the check character recomputed.</summary>
    public static string Canonical(string code)
    {
        var chars = Normalize(code).ToCharArray();
        if (chars.Length != Length)
        {
            throw new ArgumentException("A codice fiscale has 16 characters.", nameof(code));
        }
        foreach (var position in DigitPositions)
        {
            var letter = OmocodiaLetters.IndexOf(chars[position]);
            if (letter >= 0)
            {
                chars[position] = (char)('0' + letter);
            }
        }
        chars[15] = CheckCharacter(new string(chars));
        return new string(chars);
    }

    // Day 1–31 (men) or 41–71 (women), at most as long as the month in a leap year.
    private static bool HasPlausibleDate(string code)
    {
        var canonical = Canonical(code);
        var month = MonthLetters.IndexOf(canonical[8]) + 1;
        var day = int.Parse(canonical.AsSpan(9, 2));
        day = day > 40 ? day - 40 : day;
        return day >= 1 && day <= DateTime.DaysInMonth(2000, month);
    }

    [GeneratedRegex(
        "^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
