namespace Portale.Core.Accounts.Registration;

/// <summary>
/// The "Conferma Registrazione" link: the account becomes active and a temporary password is emailed,
/// valid for <see cref="AccountSecurityOptions.TemporaryPasswordLifetime"/> (a recovery gives a new one).
/// </summary>
public sealed class ConfirmationService(
    AccountTokens tokens,
    IUserStore users,
    AccountPasswords passwords,
    AccountLinks links,
    AccountMessenger messenger,
    TimeProvider clock)
{
    public const string InvalidLink = "Il link non è valido, è già stato utilizzato oppure è scaduto.";

    public async Task ConfirmAsync(string? token, CancellationToken cancellationToken)
    {
        var userId = await tokens.RedeemAsync(token, AccountTokenPurpose.ConfirmRegistration, cancellationToken)
            ?? throw RefusalException.NotFound("link-invalid", InvalidLink);
        string? temporary = null;
        var user = await users.ApplyAsync(userId, u =>
        {
            if (u.Status != AccountStatus.Pending)
            {
                return u;
            }
            temporary = TemporaryPassword.New(new PasswordContext(u.Username, u.FirstName, u.LastName));
            return passwords.WithTemporary(
                u with { Status = AccountStatus.Active, LastActivityAt = clock.GetUtcNow() }, temporary);
        }, cancellationToken);
        if (user is null || temporary is null)
        {
            throw RefusalException.NotFound("link-invalid", InvalidLink);
        }
        await messenger.EmailAsync(
            user, AccountEmails.AccountActivated(user.Username, temporary, links.SignIn), cancellationToken);
    }
}
