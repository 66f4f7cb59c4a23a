namespace Portale.Core.Accounts.MobileChange;

/// <summary>
/// Change of mobile (manual 5.1): username + captcha; with a valid video identification the user must
/// acknowledge the warning; then an emailed link; at the next sign-in the new number and its code.
/// </summary>
public sealed class MobileChangeService(
    CaptchaService captcha, IUserStore users, AccountTokens tokens, AccountLinks links, AccountMessenger messenger)
{
    public const string VideoIdentificationWarning =
        "Attenzione! Al profilo per cui si richiede la modifica è associata una video-identificazione valida " +
        "per il Servizio Conciliazione. " +
        "La variazione del recapito mobile può generare errori in fase di rilascio del certificato di firma digitale " +
        "qualora il nuovo recapito risultasse già associato ad un diverso codice fiscale.\n" +
        "Per proseguire con la modifica spuntare la casella \"Conferma presa visione\".";

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

    public async Task ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var userId = await tokens.RedeemAsync(token, AccountTokenPurpose.ConfirmMobileChange, cancellationToken);
        if (
            userId is null || await users.ApplyAsync(userId, u => u with { MobileChangeRequired = true },
            cancellationToken) is null)
        {
            throw RefusalException.NotFound("link-invalid", Registration.ConfirmationService.InvalidLink);
        }
    }
}
