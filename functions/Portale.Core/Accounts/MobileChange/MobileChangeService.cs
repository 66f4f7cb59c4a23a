namespace Portale.Core.Accounts.MobileChange;

/// <summary>
/// Change of mobile (manual 5.1): username + captcha; with a valid video identification the user must
/// acknowledge the warning; then an emailed link, whose confirmation the current number is told of by
/// SMS; at the next sign-in the current number's code (or, when it is out of reach, the cooling-off
/// period or the help desk: <see cref="MobileChangeGate"/>), then the new number and its code.
/// </summary>
public sealed class MobileChangeService(
    CaptchaService captcha, IUserStore users, AccountTokens tokens, AccountLinks links, AccountMessenger messenger,
    AccountSecurityOptions options, TimeProvider clock)
{
    public const string VideoIdentificationWarning =
        "Attenzione! Al profilo per cui si richiede la modifica è associata una video-identificazione valida " +
        "per il Servizio Conciliazione. " +
        "La variazione del recapito mobile può generare errori in fase di rilascio del certificato di firma digitale " +
        "qualora il nuovo recapito risultasse già associato ad un diverso codice fiscale.\n" +
        "Per proseguire con la modifica spuntare la casella \"Conferma presa visione\".";

    public const string ConfirmedTitle = "Modifica del recapito mobile confermata: al prossimo accesso le sarà " +
        "richiesto di inserire il nuovo recapito mobile.";

    /// <summary>The confirmation page's words: the manual's, then what the current number has to do with it.</summary>
    public static string Confirmed(DateTimeOffset? opensAt) =>
        ConfirmedTitle + " Prima Le sarà chiesto il codice inviato via SMS al recapito mobile attuale; " + (opensAt is { } at
            ? $"se questo non è più raggiungibile, la modifica sarà possibile dal {RomeTime.DayAndMinute(at)}."
            : "poiché di recente è stato richiesto il recupero della password, se il recapito attuale non è più " +
                "raggiungibile la modifica richiede l'approvazione dell'Help Desk " +
                    "(assistenzaotp-accesso@acquirenteunico.it).");

    /// <summary>
    /// The warning needs the acknowledgement before anything else, so it reveals that a video
    /// identification exists only to whoever solved the captcha for that username (as in the manual).
    /// </summary>
    public async Task RequestAsync(
        string? username, string? captchaPayload, bool acknowledged, CancellationToken cancellationToken)
    {
        await captcha.VerifyAsync(captchaPayload, cancellationToken);
        if (UserIds.From(username) is not { } userId
            || await users.FindAsync(userId, cancellationToken) is not { Status: AccountStatus.Active } user)
        {
            return;
        }
        if (user.VideoIdentified && !acknowledged)
        {
            throw new RefusalException(RefusalKind.Conflict, "acknowledgement-required", VideoIdentificationWarning,
                extensions: new Dictionary<string, object?> { ["warning"] = VideoIdentificationWarning });
        }
        var token = await tokens.IssueAsync(AccountTokenPurpose.ConfirmMobileChange, user.Id, cancellationToken);
        var email = AccountEmails.MobileChangeLink(
            $"{user.FirstName} {user.LastName}", user.Username, links.ConfirmMobileChange(token));
        await messenger.EmailAsync(user, email, cancellationToken);
    }

    /// <returns>When the change takes effect without the current number's code; null when only that code
    /// or the help desk's approval can open it.</returns>
    public async Task<DateTimeOffset?> ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var userId = await tokens.RedeemAsync(token, AccountTokenPurpose.ConfirmMobileChange, cancellationToken);
        var now = clock.GetUtcNow();
        var user = userId is null ? null : await users.ApplyAsync(userId, u => u with
        {
            MobileChangeRequired = true,
            MobileChangeRequestedAt = now,
            MobileChangeCleared = false,
        }, cancellationToken);
        if (user is null)
        {
            throw RefusalException.NotFound("link-invalid", Registration.ConfirmationService.InvalidLink);
        }
        await messenger.SmsAsync(user.Mobile, AccountSms.MobileChangeConfirmed(user.Username), cancellationToken);
        return MobileChangeGate.OpensAt(user, options);
    }
}
