namespace Portale.Core.Accounts.Lifecycle;

/// <summary>
/// The daily account job: email when a password expires; warn 30 days before 6 months of inactivity;
/// deactivate at 6 months. Idempotent: every notice is recorded in the ledger before it is sent,
/// keyed by the instant it refers to, so reruns send nothing twice.
/// </summary>
public sealed class AccountLifecycleService(
    IUserStore users, INotificationLedger ledger, SessionService sessions, AccountMessenger messenger,
    TimeProvider clock)
{
    public const string JobName = "account-lifecycle";
    public const int IdleMonths = 6;
    public static readonly TimeSpan WarningBefore = TimeSpan.FromDays(30);

    public async Task<LifecycleReport> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var report = new LifecycleReport();
        await foreach (var user in users.AllAsync(cancellationToken))
        {
            if (user.Status != AccountStatus.Active)
            {
                continue;
            }
            var lastActivity = user.LastActivityAt ?? user.CreatedAt;
            var deactivation = DeactivationAt(lastActivity);
            if (now >= deactivation)
            {
                await DeactivateAsync(user, lastActivity, now, cancellationToken);
                report.Deactivated++;
                continue;
            }
            if (now >= deactivation - WarningBefore
                && await ledger.TryRecordAsync(user.Id, Key("idle-warning", lastActivity), cancellationToken))
            {
                await messenger.EmailAsync(
                    user,
                    AccountEmails.DeactivationWarning(
                        user.Username, DateOnly.FromDateTime(RomeTime.ToRome(deactivation).DateTime)),
                    cancellationToken);
                report.Warned++;
            }
            if (user.PasswordChangedAt is { } changed && PasswordExpiry.IsExpired(changed, now)
                && await ledger.TryRecordAsync(user.Id, Key("password-expired", changed), cancellationToken))
            {
                await messenger.EmailAsync(user, AccountEmails.PasswordExpired(user.Username), cancellationToken);
                report.PasswordsExpired++;
            }
        }
        return report;
    }

    public static DateTimeOffset DeactivationAt(DateTimeOffset lastActivity) =>
        RomeTime.ToRome(lastActivity).AddMonths(IdleMonths);

    private async Task DeactivateAsync(
        UserAccount user, DateTimeOffset lastActivity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var saved = await users.ApplyAsync(user.Id, u =>
            u.Status == AccountStatus.Active && (u.LastActivityAt ?? u.CreatedAt) == lastActivity
                ? u with { Status = AccountStatus.Deactivated }
                : u,
            cancellationToken);
        if (saved is { Status: AccountStatus.Deactivated })
        {
            await sessions.EndAllAsync(user.Id, cancellationToken);
        }
        if (saved is { Status: AccountStatus.Deactivated }
            && await ledger.TryRecordAsync(user.Id, Key("deactivated", lastActivity), cancellationToken))
        {
            await messenger.EmailAsync(saved, AccountEmails.Deactivated(saved.Username), cancellationToken);
        }
    }

    private static string Key(string notice, DateTimeOffset about) =>
        notice + "-" + about.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
