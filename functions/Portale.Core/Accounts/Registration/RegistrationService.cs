namespace Portale.Core.Accounts.Registration;

/// <summary>
/// Registration (manual ch. 2): field rules, fiscal-code confirmation, captcha. A taken username gets
/// the same answer as a new one (the email says which): the form never tells whether a username exists.
/// Nor whether a mobile number is another codice fiscale's: one number per codice fiscale is enforced
/// when the number first answers a code (<see cref="SignIn.OtpService"/>), so only whoever holds the
/// phone learns it is taken, and a registration never confirmed holds no number.
/// </summary>
public sealed class RegistrationService(
    RegistrationValidator validator,
    CaptchaService captcha,
    IUserStore users,
    IMobileRegistry mobiles,
    AccountTokens tokens,
    AccountLinks links,
    AccountMessenger messenger,
    IUserSearchIndex index,
    TimeProvider clock)
{
    public const string ConfirmFiscalCode = "Il codice fiscale inserito non sembra coerente con i dati anagrafici: " +
        "verificarlo e confermarne la correttezza per procedere con il salvataggio.";
    public const string MobileInUse = "Il recapito mobile è già associato a un altro codice fiscale: non è possibile " +
        "abbinare lo stesso recapito mobile a più di un codice fiscale.";

    public async Task RegisterAsync(
        RegistrationRequest request, string? captchaPayload, CancellationToken cancellationToken)
    {
        var result = validator.Validate(request, RomeTime.Today(clock));
        result.ThrowIfRefused();
        await captcha.VerifyAsync(captchaPayload, cancellationToken);

        var user = ToAccount(request);
        if (!await TryCreateAsync(user, cancellationToken))
        {
            await messenger.EmailAsync(user.Email, AccountEmails.UsernameUnavailable(user.Username), cancellationToken);
            return;
        }
        await index.IndexAsync(user, cancellationToken);
        var token = await tokens.IssueAsync(AccountTokenPurpose.ConfirmRegistration, user.Id, cancellationToken);
        await messenger.EmailAsync(
            user, AccountEmails.RegistrationReceived(user.Username, links.ConfirmRegistration(token)),
            cancellationToken);
    }

    /// <summary>
    /// A username held by a registration never confirmed within the link's lifetime is free again,
    /// so nobody can squat a name by registering it and walking away.
    /// </summary>
    private async Task<bool> TryCreateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        if (await users.TryCreateAsync(user, cancellationToken))
        {
            return true;
        }
        var existing = await users.FindAsync(user.Id, cancellationToken);
        if (existing is not { Status: AccountStatus.Pending }
            || existing.CreatedAt + AccountTokens.Lifetime > clock.GetUtcNow())
        {
            return false;
        }
        await users.DeleteAsync(user.Id, cancellationToken);
        return await users.TryCreateAsync(user, cancellationToken);
    }

    /// <summary>
    /// Refuses a number held by another codice fiscale, before a code is sent to it: only for a user past
    /// password and the current number's code (the change of mobile), never for a stranger.
    /// </summary>
    public async Task EnsureMobileFreeAsync(string mobile, string fiscalCode, CancellationToken cancellationToken)
    {
        var holder = await mobiles.HolderAsync(mobile, cancellationToken);
        if (holder is not null && holder != fiscalCode)
        {
            throw MobileInUseProblem();
        }
    }

    public const string MobileInUseAtSignIn = MobileInUse + " Per accedere indicare un altro recapito mobile con " +
        "\"Hai cambiato il recapito mobile?\".";

    public static RefusalException MobileInUseProblem(string message = MobileInUse) =>
        new(RefusalKind.Conflict, "mobile-in-use", message, RefusalException.FieldErrors("mobile", message));

    private UserAccount ToAccount(RegistrationRequest r) => new()
    {
        Id = UserIds.From(r.Username)!,
        Username = r.Username!.Trim(),
        FirstName = r.FirstName!.Trim(),
        LastName = r.LastName!.Trim(),
        Email = r.Email!.Trim(),
        BirthDate = r.BirthDate!.Value,
        Sex = r.Sex!.Value,
        BirthplaceCode = r.BirthplaceCode!.Trim().ToUpperInvariant(),
        FiscalCode = FiscalCodeFormat.Normalize(r.FiscalCode!),
        Mobile = MobileNumber.TryParse(
            r.Mobile, out var mobile) ? mobile.E164 : throw new InvalidOperationException("Mobile was validated."),
        Landline = LandlineNumber.TryParse(r.Landline, out var landline) ? landline.E164 : null,
        HowHeard = r.HowHeard!,
        CreatedAt = clock.GetUtcNow(),
        Status = AccountStatus.Pending,
    };
}
