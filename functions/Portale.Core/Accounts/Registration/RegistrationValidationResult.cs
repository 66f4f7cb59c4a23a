using Portale.Core.Accounts.FiscalCode;

namespace Portale.Core.Accounts.Registration;

/// <param name="Errors">Italian messages by camelCase field name; the form cannot be saved while any exist.</param>
/// <param name="FiscalCodeWarnings">Inconsistencies the user must confirm; empty once confirmed.</param>
public sealed record RegistrationValidationResult(
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyList<FiscalCodeWarning> FiscalCodeWarnings)
{
    public bool HasErrors => Errors.Count > 0;

    public bool RequiresFiscalCodeConfirmation => FiscalCodeWarnings.Count > 0;

    /// <summary>True when the account may be created (uniqueness checks still to do).</summary>
    public bool CanSave => !HasErrors && !RequiresFiscalCodeConfirmation;
}
