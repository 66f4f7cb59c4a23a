using Portale.Core.Accounts;
using Portale.Core.Accounts.Registration;

namespace Portale.Functions.Accounts;

/// <summary>The JSON of <c>POST /api/accounts</c>.</summary>
public sealed record RegistrationBody(
    string? Username,
    string? FirstName,
    string? LastName,
    string? Email,
    DateOnly? BirthDate,
    string? Sex,
    string? BirthplaceCode,
    string? FiscalCode,
    string? Mobile,
    string? Landline,
    string? HowHeard,
    bool PrivacyConsent,
    bool FiscalCodeConfirmed,
    string? Captcha)
{
    public RegistrationRequest ToRequest() => new(
        Username, FirstName, LastName, Email, BirthDate,
        Enum.TryParse<Sex>(Sex, ignoreCase: true, out var sex) && Enum.IsDefined(sex) ? sex : null,
        BirthplaceCode, FiscalCode, Mobile, Landline, HowHeard, PrivacyConsent, FiscalCodeConfirmed);
}
