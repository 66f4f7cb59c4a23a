using Microsoft.Extensions.Time.Testing;
using Portale.Core.Accounts;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Tests.Accounts.Fakes;

namespace Portale.Core.Tests.Accounts.SignIn;

public sealed class LoginRateLimitsTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-10T10:00:00Z"));
    private readonly LoginRateLimits limits;

    public LoginRateLimitsTests() => limits = new LoginRateLimits(new InMemoryLedgers(), clock);

    [Fact]
    public async Task Five_failures_for_a_username_stop_it_until_the_window_slides()
    {
        for (var i = 0; i < LoginRateLimits.MaxFailuresPerUsername; i++)
        {
            await limits.CheckAsync("Mario.Rossi", $"10.0.0.{i}", CancellationToken.None);
            await limits.RecordFailureAsync("Mario.Rossi", CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        var stopped = await Assert.ThrowsAsync<AccountException>(() => limits.CheckAsync("mario.rossi", "10.0.0.99", CancellationToken.None));
        Assert.Equal(429, stopped.Status);
        Assert.Equal(LoginRateLimits.Window, stopped.RetryAfter);

        clock.Advance(LoginRateLimits.Window - TimeSpan.FromMinutes(4));
        await limits.CheckAsync("mario.rossi", "10.0.0.99", CancellationToken.None);
    }

    [Fact]
    public async Task Twenty_attempts_from_one_address_stop_the_twenty_first()
    {
        for (var i = 0; i < LoginRateLimits.MaxAttemptsPerAddress; i++)
        {
            await limits.CheckAsync($"utente{i}", "10.1.1.1", CancellationToken.None);
        }
        await Assert.ThrowsAsync<AccountException>(() => limits.CheckAsync("altro", "10.1.1.1", CancellationToken.None));
        await limits.CheckAsync("altro", "10.1.1.2", CancellationToken.None);
    }

    [Fact]
    public async Task Without_an_address_only_the_username_counts()
    {
        for (var i = 0; i < 50; i++)
        {
            await limits.CheckAsync($"utente{i}", null, CancellationToken.None);
        }
    }
}
