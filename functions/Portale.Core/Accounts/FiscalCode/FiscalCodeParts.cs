namespace Portale.Core.Accounts.FiscalCode;

/// <summary>What a formally valid code says, read after undoing omocodia.</summary>
/// <param name="YearOfCentury">Two digits only: the century is not in the code.</param>
public sealed record FiscalCodeParts(
    string LastNameTriplet,
    string FirstNameTriplet,
    int YearOfCentury,
    int Month,
    int Day,
    Sex Sex,
    string PlaceCode)
{
    public static bool TryParse(string? code, out FiscalCodeParts? parts)
    {
        parts = null;
        if (!FiscalCodeFormat.IsValid(code))
        {
            return false;
        }
        var c = FiscalCodeFormat.Canonical(code!);
        var day = int.Parse(c.AsSpan(9, 2));
        parts = new FiscalCodeParts(
            c[..3],
            c[3..6],
            int.Parse(c.AsSpan(6, 2)),
            FiscalCodeFormat.MonthLetters.IndexOf(c[8]) + 1,
            day > 40 ? day - 40 : day,
            day > 40 ? Sex.F : Sex.M,
            c[11..15]);
        return true;
    }
}
