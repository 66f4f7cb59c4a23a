namespace Portale.Core.Accounts.Passwords;

/// <summary>
/// How passwords are measured, shared by the policy and the strength meter (and mirrored in
/// web/src/rules/passwordStrength.ts): length in Unicode code points; a code point is lower-case
/// when its category is Ll, upper-case when Lu, a digit when Nd, special otherwise.
/// </summary>
internal static class PasswordCharacters
{
    [Flags]
    public enum Classes
    {
        None = 0,
        Lower = 1,
        Upper = 2,
        Digit = 4,
        Special = 8,
        All = Lower | Upper | Digit | Special,
    }

    public static int[] CodePoints(string password) => password.EnumerateRunes().Select(r => r.Value).ToArray();

    public static int Length(string password) => password.EnumerateRunes().Count();

    public static Classes ClassOf(int codePoint) => Rune.GetUnicodeCategory(new Rune(codePoint)) switch
    {
        UnicodeCategory.LowercaseLetter => Classes.Lower,
        UnicodeCategory.UppercaseLetter => Classes.Upper,
        UnicodeCategory.DecimalDigitNumber => Classes.Digit,
        _ => Classes.Special,
    };

    public static Classes Present(IEnumerable<int> codePoints) =>
        codePoints.Aggregate(Classes.None, (acc, cp) => acc | ClassOf(cp));

    public static int Count(Classes classes) => System.Numerics.BitOperations.PopCount((uint)classes);
}
