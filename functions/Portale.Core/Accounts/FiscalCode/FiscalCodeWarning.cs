namespace Portale.Core.Accounts.FiscalCode;

/// <summary>An inconsistency shown to the user, who may confirm the code anyway (manual ch. 2).</summary>
public sealed record FiscalCodeWarning(FiscalCodeMismatch Mismatch, string Message)
{
    public static FiscalCodeWarning For(FiscalCodeMismatch mismatch) => new(mismatch, mismatch switch
    {
        FiscalCodeMismatch.LastName => "Il codice fiscale non è coerente con il cognome indicato",
        FiscalCodeMismatch.FirstName => "Il codice fiscale non è coerente con il nome indicato",
        FiscalCodeMismatch.BirthDate => "Il codice fiscale non è coerente con la data di nascita indicata",
        FiscalCodeMismatch.Sex => "Il codice fiscale non è coerente con il sesso indicato",
        FiscalCodeMismatch.Birthplace =>
            "Il codice fiscale non è coerente con il comune o lo stato estero di nascita indicato",
        _ => throw new ArgumentOutOfRangeException(nameof(mismatch)),
    });
}
