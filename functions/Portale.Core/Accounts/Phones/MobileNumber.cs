using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace Portale.Core.Accounts.Phones;

/// <summary>
/// An Italian mobile number (+39 3xx), kept in E.164. libphonenumber must say MOBILE: an 11-digit
/// 3xx number is "valid" too, but as VOICEMAIL, and cannot receive the sign-in SMS.
/// </summary>
public sealed record MobileNumber
{
    public const string Required = "Inserire il recapito mobile";
    public const string Invalid =
        "Il recapito mobile non è un numero di cellulare italiano valido (es. 333 1234567 o +39 333 1234567)";

    private MobileNumber(string e164) => E164 = e164;

    public string E164 { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out MobileNumber? number)
    {
        var e164 = ItalianPhoneNumbers.Normalize(input, PhoneNumberType.MOBILE);
        number = e164 is null ? null : new MobileNumber(e164);
        return number is not null;
    }

    public static IReadOnlyList<string> Validate(string? input) =>
        string.IsNullOrWhiteSpace(input) ? [Required] : TryParse(input, out _) ? [] : [Invalid];

    public override string ToString() => E164;
}
