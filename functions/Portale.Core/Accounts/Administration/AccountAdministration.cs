namespace Portale.Core.Accounts.Administration;

/// <summary>
/// What the help desk does to accounts: unlock, reactivate, approve a change of mobile. Enabling for
/// companies is <see cref="Enablements.EnablementRecords"/>'s.
/// </summary>
public sealed class AccountAdministration(
    IUserStore users, TimeProvider clock)
{
    public const string UnknownUser = "Nessun utente registrato con questo username.";
    public const string NoMobileChange =
        "L'utente non ha una modifica del recapito mobile confermata in attesa di approvazione.";

    public Task UnlockAsync(string username, CancellationToken cancellationToken) =>
        ChangeAsync(username, u => u with { Locked = false, FailedOtpAttempts = 0 }, cancellationToken);

    /// <summary>
    /// Reactivation restarts the idle clock, or the next daily run would deactivate the account again.
    /// </summary>
    public Task ReactivateAsync(string username, CancellationToken cancellationToken) =>
        ChangeAsync(username, u => u.Status == AccountStatus.Deactivated
            ? u with { Status = AccountStatus.Active, LastActivityAt = clock.GetUtcNow() }
            : u, cancellationToken);

    /// <summary>
    /// Opens a confirmed change of mobile the current number cannot confirm (a lost phone): the next
    /// sign-in asks for the new number. The help desk approves it after checking who asks.
    /// </summary>
    public Task ApproveMobileChangeAsync(string username, CancellationToken cancellationToken) =>
        ChangeAsync(username, u => u.MobileChangeRequired
            ? u with { MobileChangeCleared = true }
            : throw RefusalException.Conflict("no-mobile-change", NoMobileChange), cancellationToken);

    private async Task ChangeAsync(
        string username, Func<UserAccount, UserAccount> change, CancellationToken cancellationToken)
    {
        if (UserIds.From(username) is not { } id || await users.ApplyAsync(id, change, cancellationToken) is null)
        {
            throw RefusalException.NotFound("user-not-found", UnknownUser);
        }
    }
}
