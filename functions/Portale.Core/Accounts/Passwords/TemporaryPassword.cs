using System.Security.Cryptography;

namespace Portale.Core.Accounts.Passwords;

/// <summary>
/// A random 12-character password that satisfies <see cref="PasswordPolicy"/> (no spaces, no look-alikes).
/// </summary>
public static class TemporaryPassword
{
    public const int Length = 12;
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Specials = "!$%*@#?-_+=";

    public static string New(PasswordContext context)
    {
        while (true)
        {
            string[] sets = [Lower, Upper, Digits, Specials];
            var any = Lower + Upper + Digits + Specials;
            var rest = Enumerable.Range(0, Length - sets.Length).Select(_ => Pick(any));
            var chars = sets.Select(Pick).Concat(rest).ToArray();
            RandomNumberGenerator.Shuffle(chars.AsSpan());
            var password = new string(chars);
            if (PasswordPolicy.Validate(password, context).Count == 0)
            {
                return password;
            }
        }
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
