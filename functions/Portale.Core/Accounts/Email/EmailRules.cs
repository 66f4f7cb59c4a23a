namespace Portale.Core.Accounts.Email;

/// <summary>The registration email: formally valid and not a PEC address (manual ch. 2).</summary>
public static partial class EmailRules
{
    public const int MaxLength = 254;

    public const string Required = "Inserire l'indirizzo email";
    public const string Invalid = "L'indirizzo email non è formalmente valido";
    public const string PecNotAllowed =
        "Non inserire email PEC nel campo email: " +
        "l'indirizzo indicato risulta di posta elettronica certificata (PEC). Inserire un indirizzo email ordinario";

    public static IReadOnlyList<string> Validate(string? email, PecDetector? pec = null)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return [Required];
        }
        if (!IsWellFormed(email))
        {
            return [Invalid];
        }
        return (pec ?? PecDetector.Default).IsPec(email.Trim()) ? [PecNotAllowed] : [];
    }

    /// <summary>
    /// A pragmatic subset of RFC 5322 that mail providers actually accept: dot-atom local part
    /// (at most 64 characters) and a DNS host name with an alphabetic top-level domain.
    /// </summary>
    public static bool IsWellFormed(string? email)
    {
        if (email is null)
        {
            return false;
        }
        var trimmed = email.Trim();
        if (trimmed.Length > MaxLength)
        {
            return false;
        }
        var at = trimmed.LastIndexOf('@');
        return at is > 0 and <= 64 && AddressPattern().IsMatch(trimmed);
    }

    [GeneratedRegex(
        @"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*" +
        @"@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();
}
