using Portale.Core.Identity;

namespace Portale.Core.Accounts.Administration;

/// <summary>
/// What the Sportello staff do to accounts: unlock, reactivate, approve a change of mobile (help desk),
/// enable for companies (back office).
/// </summary>
public sealed class AccountAdministration(
    IUserStore users, ICompanyEnablements enablements, ICompanyDirectory companies, SessionService sessions,
    TimeProvider clock)
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

    public async Task EnableAsync(string companyId, string username, CancellationToken cancellationToken)
    {
        var userId = await ExistingIdAsync(username, cancellationToken);
        if (await companies.FindAsync(CompanyId(companyId), cancellationToken) is null)
        {
            throw RefusalException.NotFound(
                "company-not-found", "Nessuna società registrata con questo identificativo.");
        }
        await enablements.EnableAsync(userId, companyId, cancellationToken);
    }

    /// <summary>
    /// Disabling ends every session of the user: a session opened for the company must not outlive the
    /// decision, and the next sign-in sees only the companies left.
    /// </summary>
    public async Task DisableAsync(string companyId, string username, CancellationToken cancellationToken)
    {
        var userId = await ExistingIdAsync(username, cancellationToken);
        await enablements.DisableAsync(userId, CompanyId(companyId), cancellationToken);
        await sessions.EndAllAsync(userId, cancellationToken);
    }

    private async Task ChangeAsync(
        string username, Func<UserAccount, UserAccount> change, CancellationToken cancellationToken)
    {
        if (UserIds.From(username) is not { } id || await users.ApplyAsync(id, change, cancellationToken) is null)
        {
            throw RefusalException.NotFound("user-not-found", UnknownUser);
        }
    }

    private async Task<string> ExistingIdAsync(string username, CancellationToken cancellationToken) =>
        UserIds.From(username) is { } id && await users.FindAsync(id, cancellationToken) is not null
            ? id
            : throw RefusalException.NotFound("user-not-found", UnknownUser);

    private static string CompanyId(string companyId) =>
        companyId is { Length: > 0 and <= 64 } && companyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? companyId
            : throw RefusalException.Field("company-invalid", "companyId", "Identificativo della società non valido.");
}
