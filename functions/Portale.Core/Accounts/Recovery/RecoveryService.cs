namespace Portale.Core.Accounts.Recovery;

/// <summary>
/// Recovery of username and password (manual 3.1, 3.2), behind the captcha. The caller always answers
/// the same: nothing here tells whether an address or a username exists.
/// </summary>
public sealed class RecoveryService(
    CaptchaService captcha, IUserStore users, AccountPasswords passwords, AccountLinks links,
    AccountMessenger messenger)
{
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
        if (UserIds.From(username) is not { } userId)
        {
            return;
        }
        string? temporary = null;
        var user = await users.ApplyAsync(userId, u =>
        {
            if (u.Status != AccountStatus.Active)
            {
                return u;
            }
            temporary = TemporaryPassword.New(new PasswordContext(u.Username, u.FirstName, u.LastName));
            return u with { PasswordHash = passwords.HashTemporary(temporary), MustChangePassword = true };
        }, cancellationToken);
        if (user is not null && temporary is not null)
        {
            await messenger.EmailAsync(
                user, AccountEmails.TemporaryPassword(user.Username, temporary, links.SignIn), cancellationToken);
        }
    }
}
