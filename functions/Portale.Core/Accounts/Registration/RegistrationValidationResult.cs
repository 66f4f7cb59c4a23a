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

    /// <summary>Refuses the form while it has errors (by field) or a codice fiscale to confirm (warnings).</summary>
    public void ThrowIfRefused()
    {
        if (HasErrors)
        {
            throw RefusalException.Invalid(RefusalException.ValidationFailed, RefusalException.ValidationTitle, Errors);
        }
        if (RequiresFiscalCodeConfirmation)
        {
            var warnings = FiscalCodeWarnings
                .Select(w => new { field = "fiscalCode", mismatch = w.Mismatch.ToString(), message = w.Message })
                .ToList();
            var extensions = new Dictionary<string, object?> { ["warnings"] = warnings };
            var title = RegistrationService.ConfirmFiscalCode;
            throw new RefusalException(RefusalKind.Validation, "fiscal-code-confirm", title, extensions: extensions);
        }
    }
}
