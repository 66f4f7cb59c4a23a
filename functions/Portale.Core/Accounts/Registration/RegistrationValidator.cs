namespace Portale.Core.Accounts.Registration;

/// <summary>
/// Field rules of the registration form. Uniqueness (username taken, a mobile number already used
/// by another codice fiscale) and the captcha need storage or the network: the application service
/// checks them after this.
/// </summary>
public sealed class RegistrationValidator(PlacesCatalog places, PecDetector pec)
{
    public const int MaxNameLength = 100;
    public static readonly DateOnly OldestBirthDate = new(1900, 1, 1);

    public const string FirstNameRequired = "Inserire il nome";
    public const string LastNameRequired = "Inserire il cognome";
    public const string NameTooLong = "Il testo non deve superare i 100 caratteri";
    public const string BirthDateRequired = "Inserire la data di nascita";
    public const string BirthDateInFuture = "La data di nascita non può essere successiva alla data odierna";
    public const string BirthDateTooOld = "La data di nascita non è valida";
    public const string SexRequired = "Selezionare il sesso";
    public const string BirthplaceRequired = "Selezionare il comune di nascita o lo stato estero dall'elenco";
    public const string BirthplaceUnknown =
        "Il comune di nascita o lo stato estero indicato non è presente nell'elenco";
    public const string HowHeardRequired = "Indicare come si è venuti a conoscenza del servizio";
    public const string PrivacyRequired = "Per procedere è necessario prendere visione dell'Informativa Privacy";

    public RegistrationValidator()
        : this(PlacesCatalog.Default, PecDetector.Default)
    {
    }

    public RegistrationValidationResult Validate(RegistrationRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, IReadOnlyList<string> messages)
        {
            if (messages.Count > 0)
            {
                errors[field] = [.. messages];
            }
        }

        Add("username", UsernameRules.Validate(request.Username));
        Add("firstName", Name(request.FirstName, FirstNameRequired));
        Add("lastName", Name(request.LastName, LastNameRequired));
        Add("email", EmailRules.Validate(request.Email, pec));
        Add("birthDate", BirthDate(request.BirthDate, today));
        Add("sex", request.Sex is null ? [SexRequired] : []);
        Add("birthplaceCode", Birthplace(request.BirthplaceCode));
        Add("fiscalCode", FiscalCodeFormat.Validate(request.FiscalCode));
        Add("mobile", MobileNumber.Validate(request.Mobile));
        Add("landline", LandlineNumber.Validate(request.Landline));
        Add("howHeard", HowHeardChoices.IsValid(request.HowHeard) ? [] : [HowHeardRequired]);
        Add("privacyConsent", request.PrivacyConsent ? [] : [PrivacyRequired]);

        return new RegistrationValidationResult(errors, FiscalCodeWarnings(request, errors));
    }

    // Only meaningful when every field the code is derived from is itself valid.
    private IReadOnlyList<FiscalCodeWarning> FiscalCodeWarnings(
        RegistrationRequest r, Dictionary<string, string[]> errors)
    {
        string[] inputs = ["firstName", "lastName", "birthDate", "sex", "birthplaceCode", "fiscalCode"];
        if (r.FiscalCodeConfirmed || inputs.Any(errors.ContainsKey))
        {
            return [];
        }
        var person =
            new FiscalCodePerson(r.LastName!, r.FirstName!, r.BirthDate!.Value, r.Sex!.Value, r.BirthplaceCode!);
        return FiscalCodeConsistency.Check(r.FiscalCode!, person, places).Select(FiscalCodeWarning.For).ToList();
    }

    private static IReadOnlyList<string> Name(string? value, string required) =>
        string.IsNullOrWhiteSpace(value) ? [required]
        : value.Trim().Length > MaxNameLength ? [NameTooLong]
        : [];

    private static IReadOnlyList<string> BirthDate(DateOnly? date, DateOnly today) =>
        date is null ? [BirthDateRequired]
        : date > today ? [BirthDateInFuture]
        : date < OldestBirthDate ? [BirthDateTooOld]
        : [];

    private IReadOnlyList<string> Birthplace(string? code) =>
        string.IsNullOrWhiteSpace(code) ? [BirthplaceRequired]
        : places.Contains(code) ? []
        : [BirthplaceUnknown];
}
