namespace Portale.Functions.Profile;

/// <summary>The JSON of <c>PUT /api/me</c>: username, codice fiscale, email and mobile are not in it.</summary>
public sealed record ProfileBody(
    string? FirstName, string? LastName, DateOnly? BirthDate, string? Sex, string? BirthplaceCode, string? Landline,
    string? HowHeard, bool FiscalCodeConfirmed)
{
    public ProfileUpdate ToUpdate() => new(
        FirstName, LastName, BirthDate,
        Enum.TryParse<Sex>(Sex, ignoreCase: true, out var sex) && Enum.IsDefined(sex) ? sex : null,
        BirthplaceCode, Landline, HowHeard, FiscalCodeConfirmed);
}
