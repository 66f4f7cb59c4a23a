namespace Portale.Functions.Accounts;

/// <summary>
/// Accounts before sign-in (manual ch. 2, 5.1): captcha, birthplaces, registration and its confirmation,
/// recovery of username and password, change of mobile; and the daily account lifecycle.
/// </summary>
public sealed class AccountFunctions(
    CaptchaService captcha, PlacesCatalog places, RegistrationService registration, ConfirmationService confirmation,
    RecoveryService recovery, MobileChangeService mobileChange, AccountLifecycleService lifecycle,
    JobRecorder jobs, TimeProvider clock)
{
    public const string Lifecycle = "AccountsRunLifecycle";

    public const string Registered = "Richiesta di registrazione ricevuta. Riceverà all'indirizzo email indicato " +
        "un messaggio automatico con l'invito a confermare la registrazione.";
    public const string RegistrationConfirmed = "Registrazione confermata. Riceverà una email contenente lo Username " +
        "e la Password temporanea per effettuare il primo accesso.";
    public const string UsernameRecoveryAccepted = "Se l'indirizzo email è associato ad almeno un account, riceverà " +
        "a breve un messaggio con l'elenco degli username.";
    public const string PasswordRecoveryAccepted = "Se lo username è registrato, riceverà all'indirizzo email " +
        "associato un messaggio con una password temporanea.";
    public const string MobileChangeAccepted = "Se lo username è registrato, riceverà all'indirizzo email associato " +
        "il link \"Conferma modifica recapito mobile\".";


    [Function("AccountsGetCaptcha")]
    public IActionResult GetCaptcha(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "captcha")] HttpRequest request)
    {
        var c = captcha.Create();
        return new OkObjectResult(new
        {
            algorithm = c.Algorithm,
            challenge = c.Challenge,
            maxnumber = c.MaxNumber,
            salt = c.Salt,
            signature = c.Signature,
        });
    }

    /// <summary>Birthplace autocomplete (manual ch. 2): answers from the third letter on.</summary>
    [Function("AccountsSearchPlaces")]
    public IActionResult SearchPlaces(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "places")] HttpRequest request)
    {
        var query = request.Query["q"].ToString();
        var found = query.Trim().Count(char.IsLetter) >= PlacesCatalog.MinQueryLetters ? places.Search(query) : [];
        return new OkObjectResult(new
        {
            items = found.Select(p => new
            {
                code = p.Code,
                label = p.Label,
                kind = p.Kind == PlaceKind.Comune ? "comune" : "foreign-state",
                name = p.Name,
                province = p.Province,
                region = p.Region,
                active = p.Active,
            }),
            attribution = PlacesCatalog.Attribution,
        });
    }

    [Function("AccountsRegister")]
    public async Task<IActionResult> Register(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "accounts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<RegistrationBody>(request, cancellationToken);
        await registration.RegisterAsync(body.ToRequest(), body.Captcha, cancellationToken);
        return Accepted(Registered);
    }

    [Function("AccountsConfirmRegistration")]
    public async Task<IActionResult> ConfirmRegistration(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "accounts/confirm")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        await confirmation.ConfirmAsync(request.Query["token"].ToString(), cancellationToken);
        return Message(RegistrationConfirmed);
    }

    [Function("AccountsRecoverUsername")]
    public async Task<IActionResult> RecoverUsername(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "accounts/recover-username")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<RecoverUsernameBody>(request, cancellationToken);
        await recovery.RecoverUsernameAsync(body.Email, body.Captcha, cancellationToken);
        return Accepted(UsernameRecoveryAccepted);
    }

    [Function("AccountsRecoverPassword")]
    public async Task<IActionResult> RecoverPassword(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "accounts/recover-password")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<RecoverPasswordBody>(request, cancellationToken);
        await recovery.RecoverPasswordAsync(body.Username, body.Captcha, cancellationToken);
        return Accepted(PasswordRecoveryAccepted);
    }

    [Function("AccountsRequestMobileChange")]
    public async Task<IActionResult> RequestMobileChange(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "accounts/mobile-change")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<MobileChangeBody>(request, cancellationToken);
        await mobileChange.RequestAsync(body.Username, body.Captcha, body.Acknowledged, cancellationToken);
        return Accepted(MobileChangeAccepted);
    }

    [Function("AccountsConfirmMobileChange")]
    public async Task<IActionResult> ConfirmMobileChange(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "accounts/mobile-change/confirm")]
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var opensAt = await mobileChange.ConfirmAsync(request.Query["token"].ToString(), cancellationToken);
        return new OkObjectResult(new
        {
            message = MobileChangeService.Confirmed(opensAt),
            opensAt = opensAt is { } at ? RomeTime.ToRome(at) : (DateTimeOffset?)null,
        });
    }

    /// <summary>
    /// Daily (04:30 UTC, after the nightly window): expired passwords, idle warnings, deactivations. Safe to rerun.
    /// </summary>
    [Function(Lifecycle)]
    public async Task RunLifecycle([TimerTrigger("0 30 4 * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        await jobs.RunAsync(AccountLifecycleService.JobName, async ct =>
        {
            var report = await lifecycle.RunAsync(ct);
            return JobOutcome.Of(RomeTime.Today(clock), ("warned", report.Warned),
                ("deactivated", report.Deactivated), ("passwordsExpired", report.PasswordsExpired));
        }, cancellationToken);
    }

    private static AcceptedResult Accepted(string message) => new((string?)null, new { message });

    private static OkObjectResult Message(string message) => new(new { message });

}
