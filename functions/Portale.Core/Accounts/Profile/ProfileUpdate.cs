namespace Portale.Core.Accounts.Profile;

/// <summary>
/// What a user may change on the profile (manual 3.3): not username, codice fiscale, email or mobile (5.1).
/// </summary>
public sealed record ProfileUpdate(
    string? FirstName,
    string? LastName,
    DateOnly? BirthDate,
    Sex? Sex,
    string? BirthplaceCode,
    string? Landline,
    string? HowHeard,
    bool FiscalCodeConfirmed);
