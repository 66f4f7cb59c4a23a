namespace Portale.Core.Accounts.Profile;

public sealed record ProfileView(
    string Username,
    string FirstName,
    string LastName,
    string Email,
    DateOnly BirthDate,
    /// <summary>"M" or "F" (a string, so every JSON serializer writes it the same way).</summary>
    string Sex,
    string BirthplaceCode,
    string? BirthplaceLabel,
    string? BirthProvince,
    string? BirthRegion,
    string FiscalCode,
    string Mobile,
    string? Landline,
    string HowHeard,
    bool VideoIdentified,
    DateTimeOffset? PasswordExpiresAt,
    IReadOnlyList<string> Companies,
    /// <summary>The enabled companies' names by id, as the screens show them.</summary>
    IReadOnlyDictionary<string, string> CompanyNames);
