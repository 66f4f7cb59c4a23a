using Microsoft.Extensions.Time.Testing;
using Portale.Core.Accounts.Lifecycle;
using Portale.Core.Accounts.Texts;
using Portale.Core.Accounts.Users;
using Portale.Core.Identity;
using Portale.Core.Tests.Accounts.Fakes;

namespace Portale.Core.Tests.Accounts.Lifecycle;

public sealed class AccountLifecycleServiceTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-10T10:00:00+01:00");
    private readonly FakeTimeProvider clock = new(Start);
    private readonly InMemoryUserStore users = new();
    private readonly RecordingMessages messages = new();
    private readonly InMemorySessionStore sessionStore = new();
    private readonly SessionService sessions;
    private readonly AccountLifecycleService lifecycle;

    public AccountLifecycleServiceTests()
    {
        sessions = new SessionService(sessionStore, TestAccounts.Secrets, clock);
        lifecycle = new AccountLifecycleService(
            users, new InMemoryLedgers(), sessions, new AccountMessenger(messages, messages), clock);
    }

    [Fact]
    public async Task Warns_once_thirty_days_before_and_deactivates_once_at_six_months()
    {
        await users.TryCreateAsync(TestAccounts.Active("mario", Start) with { PasswordChangedAt = null }, CancellationToken.None);
        await sessions.OpenAsync("mario", "mario", CancellationToken.None);

        clock.SetUtcNow(Start.AddMonths(6).AddDays(-31));
        Assert.Equal(0, (await lifecycle.RunAsync(CancellationToken.None)).Warned);

        clock.SetUtcNow(Start.AddMonths(6).AddDays(-30));
        Assert.Equal(1, (await lifecycle.RunAsync(CancellationToken.None)).Warned);
        Assert.Equal(0, (await lifecycle.RunAsync(CancellationToken.None)).Warned);

        clock.SetUtcNow(Start.AddMonths(6));
        Assert.Equal(1, (await lifecycle.RunAsync(CancellationToken.None)).Deactivated);
        Assert.Equal(0, (await lifecycle.RunAsync(CancellationToken.None)).Deactivated);
        Assert.Equal(AccountStatus.Deactivated, (await users.FindAsync("mario", CancellationToken.None))!.Status);
        Assert.Empty(await sessionStore.KeysOfAsync("mario", CancellationToken.None));
        Assert.Equal(["Avviso di disattivazione account", "Account disattivato"], messages.Emails.Select(e => e.Subject.Split(" - ")[0]));
    }

    [Fact]
    public async Task Activity_restarts_the_idle_clock_and_a_new_warning_goes_for_the_new_period()
    {
        await users.TryCreateAsync(TestAccounts.Active("mario", Start) with { PasswordChangedAt = null }, CancellationToken.None);
        clock.SetUtcNow(Start.AddMonths(6).AddDays(-10));
        await lifecycle.RunAsync(CancellationToken.None);
        await users.ApplyAsync("mario", u => u with { LastActivityAt = clock.GetUtcNow() }, CancellationToken.None);

        clock.SetUtcNow(Start.AddMonths(6).AddDays(1));
        var report = await lifecycle.RunAsync(CancellationToken.None);
        Assert.Equal(0, report.Deactivated);
        clock.SetUtcNow(Start.AddMonths(12).AddDays(-20));
        Assert.Equal(1, (await lifecycle.RunAsync(CancellationToken.None)).Warned);
    }

    [Fact]
    public async Task The_expired_password_email_goes_once_per_password()
    {
        await users.TryCreateAsync(TestAccounts.Active("mario", Start), CancellationToken.None);
        clock.SetUtcNow(Start.AddMonths(3));
        Assert.Equal(1, (await lifecycle.RunAsync(CancellationToken.None)).PasswordsExpired);
        Assert.Equal(0, (await lifecycle.RunAsync(CancellationToken.None)).PasswordsExpired);
        await users.ApplyAsync("mario", u => u with { PasswordChangedAt = clock.GetUtcNow(), LastActivityAt = clock.GetUtcNow() }, CancellationToken.None);
        clock.SetUtcNow(Start.AddMonths(6));
        Assert.Equal(1, (await lifecycle.RunAsync(CancellationToken.None)).PasswordsExpired);
    }

    [Fact]
    public async Task Pending_and_deactivated_accounts_are_left_alone()
    {
        await users.TryCreateAsync(TestAccounts.Active("attesa", Start) with { Status = AccountStatus.Pending }, CancellationToken.None);
        await users.TryCreateAsync(TestAccounts.Active("spenta", Start) with { Status = AccountStatus.Deactivated }, CancellationToken.None);
        clock.SetUtcNow(Start.AddYears(2));
        await lifecycle.RunAsync(CancellationToken.None);
        Assert.Empty(messages.Emails);
    }
}
