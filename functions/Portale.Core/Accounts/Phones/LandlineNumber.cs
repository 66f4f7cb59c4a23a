using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace Portale.Core.Accounts.Phones;

/// <summary>An Italian fixed-line number (the optional "Recapito fisso"), kept in E.164.</summary>
public sealed record LandlineNumber
{
    public const string Invalid =
        "Il recapito fisso non è un numero di telefono fisso italiano valido (es. 06 12345678)";

    private LandlineNumber(string e164) => E164 = e164;

    public string E164 { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out LandlineNumber? number)
    {
        var e164 =
            ItalianPhoneNumbers.Normalize(input, PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
        number = e164 is null ? null : new LandlineNumber(e164);
        return number is not null;
    }

    /// <summary>Empty is fine: the field is optional.</summary>
    public static IReadOnlyList<string> Validate(string? input) =>
        string.IsNullOrWhiteSpace(input) || TryParse(input, out _) ? [] : [Invalid];

    public override string ToString() => E164;
}
