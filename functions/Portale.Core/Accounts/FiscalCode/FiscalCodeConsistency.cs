namespace Portale.Core.Accounts.FiscalCode;

/// <summary>
/// Compares a formally valid code with the person's data. Only the Agenzia delle Entrate's issued
/// code is authoritative (omocodia, old errors, changed names), so callers warn and ask the user to
/// confirm; they never refuse on these results.
/// </summary>
public static class FiscalCodeConsistency
{
    /// <param name="places">When given, a place code that did not exist on the birth date is a mismatch too.</param>
    /// <returns>Empty when consistent or when the code is not formally valid
    /// (that is a format error, reported elsewhere).</returns>
    public static IReadOnlyList<FiscalCodeMismatch> Check(
        string code, FiscalCodePerson person, IPlaceLookup? places = null)
    {
        if (!FiscalCodeParts.TryParse(code, out var parts) || parts is null)
        {
            return [];
        }
        var mismatches = new List<FiscalCodeMismatch>();
        if (parts.LastNameTriplet != FiscalCodeCalculator.LastNameTriplet(person.LastName))
        {
            mismatches.Add(FiscalCodeMismatch.LastName);
        }
        if (parts.FirstNameTriplet != FiscalCodeCalculator.FirstNameTriplet(person.FirstName))
        {
            mismatches.Add(FiscalCodeMismatch.FirstName);
        }
        var date = person.BirthDate;
        if (parts.YearOfCentury != date.Year % 100 || parts.Month != date.Month || parts.Day != date.Day)
        {
            mismatches.Add(FiscalCodeMismatch.BirthDate);
        }
        if (parts.Sex != person.Sex)
        {
            mismatches.Add(FiscalCodeMismatch.Sex);
        }
        var samePlace =
            string.Equals(parts.PlaceCode, person.BirthplaceCode.Trim(), StringComparison.OrdinalIgnoreCase);
        if (!samePlace || (places is not null && places.Lookup(parts.PlaceCode, date) is null))
        {
            mismatches.Add(FiscalCodeMismatch.Birthplace);
        }
        return mismatches;
    }
}
