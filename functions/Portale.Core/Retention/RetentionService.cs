namespace Portale.Core.Retention;

/// <summary>
/// The daily clean-up: removes what has outlived its purpose — ended sessions, expired sign-in
/// challenges, link tokens and captcha ledger rows, old attempts, old outbox messages, registrations
/// never confirmed and the mobile claims only they held — and nothing live. Idempotent and safe on many
/// instances (deleting a row twice is a no-op). Letters, answers and communications are not its
/// business: they are kept for the documents' retention (the storage lifecycle rules).
/// </summary>
public sealed class RetentionService(
    ISessionStore sessions,
    ISignInChallengeStore challenges,
    IAccountTokenStore tokens,
    ICaptchaLedger captchas,
    IAttemptLog attempts,
    ISentMessages messages,
    IUserStore users,
    IUserSearchIndex index,
    IMobileRegistry mobiles,
    RetentionOptions options,
    AccountSecurityOptions accounts,
    TimeProvider clock)
{
    public const string JobName = "retention-clean-up";

    public async Task<RetentionReport> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var ended = now - options.AfterExpiry;
        var (registrations, claims) = await PurgeRegistrationsAsync(ended - AccountTokens.Lifetime, cancellationToken);
        return new RetentionReport(
            await sessions.PurgeAsync(ended, cancellationToken),
            await challenges.PurgeAsync(ended, cancellationToken),
            await tokens.PurgeAsync(ended, cancellationToken),
            await captchas.PurgeAsync(ended, cancellationToken),
            await attempts.PurgeAsync(now - AttemptsKept(), cancellationToken),
            await messages.PurgeAsync(now - options.Outbox, cancellationToken),
            registrations,
            claims);
    }

    // An attempt must outlive every window that counts it, or a limit would forget what it should hold.
    private TimeSpan AttemptsKept()
    {
        var longest = accounts.RecoveryWindow > LoginRateLimits.Window ? accounts.RecoveryWindow : LoginRateLimits.Window;
        return options.SignInAttempts > longest ? options.SignInAttempts : longest;
    }

    /// <summary>
    /// Registrations still pending though created before <paramref name="createdBefore"/>: their link is
    /// long dead. A number they name is released only if no confirmed account uses it.
    /// </summary>
    private async Task<(int Registrations, int Claims)> PurgeRegistrationsAsync(
        DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        var inUse = new HashSet<string>(StringComparer.Ordinal);
        var stale = new List<UserAccount>();
        await foreach (var user in users.AllAsync(cancellationToken))
        {
            if (user.Status != AccountStatus.Pending)
            {
                inUse.Add(user.Mobile);
            }
            else if (user.CreatedAt < createdBefore)
            {
                stale.Add(user);
            }
        }
        var (registrations, claims) = (0, 0);
        foreach (var user in stale)
        {
            // Read again: the name may have been registered anew since the scan.
            if (await users.FindAsync(user.Id, cancellationToken) is not { Status: AccountStatus.Pending } current
                || current.CreatedAt != user.CreatedAt)
            {
                continue;
            }
            await users.DeleteAsync(user.Id, cancellationToken);
            await index.RemoveAsync(current, null, cancellationToken);
            registrations++;
            if (!inUse.Contains(user.Mobile) && await mobiles.ReleaseAsync(user.Mobile, user.FiscalCode, cancellationToken))
            {
                claims++;
            }
        }
        return (registrations, claims);
    }
}
