namespace Portale.Functions.Accounts;

/// <summary>The JSON of <c>POST /api/accounts</c>.</summary>
/// <remarks>The fields of <see cref="RegistrationRequest"/>, but <see cref="Sex"/> as sent (an unknown value is
/// a missing one, refused field by field) and the captcha's solution.</remarks>
public sealed record RegistrationBody(
    string? Username, string? FirstName, string? LastName, string? Email, DateOnly? BirthDate, string? Sex,
    string? BirthplaceCode, string? FiscalCode, string? Mobile, string? Landline, string? HowHeard,
    bool PrivacyConsent, bool FiscalCodeConfirmed, string? Captcha)
{
    public RegistrationRequest ToRequest() => new(
        Username, FirstName, LastName, Email, BirthDate,
        Enum.TryParse<Sex>(Sex, ignoreCase: true, out var sex) && Enum.IsDefined(sex) ? sex : null,
        BirthplaceCode, FiscalCode, Mobile, Landline, HowHeard, PrivacyConsent, FiscalCodeConfirmed);
}
