namespace Portale.Core.Accounts.Registration;

/// <summary>The registration form (manual ch. 2) as the API receives it; missing values are null.</summary>
/// <param name="BirthplaceCode">Belfiore code of the comune or Z code of the
/// foreign state picked from the autocomplete.</param>
/// <param name="HowHeard">One of <see cref="HowHeardChoices.All"/>.</param>
/// <param name="FiscalCodeConfirmed">The user confirmed the codice fiscale after an inconsistency warning.</param>
public sealed record RegistrationRequest(
    string? Username,
    string? FirstName,
    string? LastName,
    string? Email,
    DateOnly? BirthDate,
    Sex? Sex,
    string? BirthplaceCode,
    string? FiscalCode,
    string? Mobile,
    string? Landline,
    string? HowHeard,
    bool PrivacyConsent,
    bool FiscalCodeConfirmed);
