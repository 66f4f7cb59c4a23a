using PhoneNumbers;

namespace Portale.Core.Accounts.Phones;

/// <summary>Parses Italian numbers with libphonenumber; the only place that knows the library.</summary>
internal static class ItalianPhoneNumbers
{
    private const string Region = "IT";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form when the input is a valid Italian number of one of the given types.</summary>
    public static string? Normalize(string? input, params PhoneNumberType[] acceptedTypes)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return null;
        }
        PhoneNumber number;
        try
        {
            number = Util.Parse(input.Trim(), Region);
        }
        catch (NumberParseException)
        {
            return null;
        }
        var valid = number.CountryCode == 39
            && Util.IsValidNumberForRegion(number, Region)
            && acceptedTypes.Contains(Util.GetNumberType(number));
        return valid ? Util.Format(number, PhoneNumberFormat.E164) : null;
    }
}
