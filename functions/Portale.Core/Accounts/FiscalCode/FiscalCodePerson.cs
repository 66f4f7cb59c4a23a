namespace Portale.Core.Accounts.FiscalCode;

/// <summary>The registration data a codice fiscale is derived from.</summary>
public sealed record FiscalCodePerson(
    string LastName, string FirstName, DateOnly BirthDate, Sex Sex, string BirthplaceCode);
