namespace Portale.Core.Accounts.FiscalCode;

/// <summary>A part of the codice fiscale that disagrees with the other registration data.</summary>
public enum FiscalCodeMismatch
{
    LastName,
    FirstName,
    BirthDate,
    Sex,
    Birthplace,
}
