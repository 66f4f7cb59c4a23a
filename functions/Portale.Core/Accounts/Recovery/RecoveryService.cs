namespace Portale.Core.Accounts.Recovery;

/// <summary>
/// Recovery of username and password (manual 3.1, 3.2), behind the captcha. The caller always answers
/// the same: nothing here tells whether an address or a username exists. A password recovery emails a
/// temporary password kept apart from the current one, which keeps working: a stranger who asks for
/// someone's recovery locks nobody out. One username gets at most a few recoveries a day, whoever asks;
/// past the limit the owner is told, once.
/// </summary>
public sealed class RecoveryService(
    CaptchaService captcha, IUserStore users, AccountPasswords passwords, AccountLinks links,
    AccountMessenger messenger, IAttemptLog attempts, AccountSecurityOptions options, TimeProvider clock)
{
    public const string Throttled = "Sono già state richieste più password temporanee per questo username: " +
        "utilizzare l'ultima ricevuta via email oppure riprovare più tardi.";

    public async Task RecoverUsernameAsync(string? email, string? captchaPayload, CancellationToken cancellationToken)
    {
        await captcha.VerifyAsync(captchaPayload, cancellationToken);
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254)
        {
            return;
        }
        var accounts = (await users.FindByEmailAsync(email.Trim(), cancellationToken))
            .Where(u => u.Status != AccountStatus.Pending)
            .ToList();
        if (accounts.Count > 0)
        {
            await messenger.EmailAsync(
                accounts[0].Email,
                AccountEmails.Usernames([.. accounts.Select(u => u.Username).Order(StringComparer.OrdinalIgnoreCase)]),
                cancellationToken);
        }
    }

    public async Task RecoverPasswordAsync(
        string? username, string? captchaPayload, CancellationToken cancellationToken)
    {
        await captcha.VerifyAsync(captchaPayload, cancellationToken);
        var key = (username ?? string.Empty).Trim().ToLowerInvariant();
        await ThrottleAsync(key, cancellationToken);
        if (UserIds.From(username) is not { } userId)
        {
            return;
        }
        string? temporary = null;
        var now = clock.GetUtcNow();
        var user = await users.ApplyAsync(userId, u =>
        {
            if (u.Status != AccountStatus.Active)
            {
                return u;
            }
            temporary = TemporaryPassword.New(new PasswordContext(u.Username, u.FirstName, u.LastName));
            return passwords.WithTemporary(u with { LastRecoveryAt = now }, temporary);
        }, cancellationToken);
        if (user is not null && temporary is not null)
        {
            await messenger.EmailAsync(user, AccountEmails.TemporaryPassword(
                user.Username, temporary, links.SignIn, user.TemporaryPasswordExpiresAt!.Value), cancellationToken);
        }
    }

    /// <summary>
    /// Recorded before it is counted, so parallel requests cannot slip under the limit; a refused request
    /// is withdrawn, so asking again does not push the limit further away.
    /// </summary>
    private async Task ThrottleAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - options.RecoveryWindow;
        var record = await attempts.RecordAsync("recovery:" + key, now, cancellationToken);
        if (await attempts.CountSinceAsync("recovery:" + key, since, cancellationToken) <= options.RecoveriesPerWindow)
        {
            return;
        }
        await attempts.DeleteAsync("recovery:" + key, record, cancellationToken);
        await attempts.RecordAsync("recovery-notice:" + key, now, cancellationToken);
        if (await attempts.CountSinceAsync("recovery-notice:" + key, since, cancellationToken) == 1
            && UserIds.From(key) is { } userId
            && await users.FindAsync(userId, cancellationToken) is { Status: AccountStatus.Active } user)
        {
            await messenger.EmailAsync(user, AccountEmails.RecoveryThrottled(user.Username), cancellationToken);
        }
        throw RefusalException.TooManyRequests("recovery-limit", Throttled, options.RecoveryWindow);
    }
}
