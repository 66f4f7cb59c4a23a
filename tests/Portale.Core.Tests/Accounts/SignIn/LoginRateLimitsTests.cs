using Microsoft.Extensions.Time.Testing;
using Portale.Core.Accounts;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Refusals;
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
            await limits.BeginAsync("Mario.Rossi", $"10.0.0.{i}", CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        var stopped = await Assert.ThrowsAsync<RefusalException>(() => limits.BeginAsync("mario.rossi", "10.0.0.99", CancellationToken.None));
        Assert.Equal(RefusalKind.TooManyRequests, stopped.Kind);
        Assert.Equal(LoginRateLimits.Window, stopped.RetryAfter);

        clock.Advance(LoginRateLimits.Window - TimeSpan.FromMinutes(4));
        await limits.BeginAsync("mario.rossi", "10.0.0.99", CancellationToken.None);
    }

    [Fact]
    public async Task Successes_do_not_count_against_the_username()
    {
        for (var i = 0; i < 20; i++)
        {
            var attempt = await limits.BeginAsync("mario.rossi", null, CancellationToken.None);
            await limits.SucceededAsync(attempt, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Parallel_guesses_cannot_slip_under_the_limit()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            try
            {
                await limits.BeginAsync("mario.rossi", $"10.2.0.{i}", CancellationToken.None);
                return true;
            }
            catch (RefusalException)
            {
                return false;
            }
        }));
        Assert.InRange(outcomes.Count(passed => passed), 0, LoginRateLimits.MaxFailuresPerUsername);
    }

    [Fact]
    public async Task Twenty_failures_from_one_address_stop_the_twenty_first()
    {
        for (var i = 0; i < LoginRateLimits.MaxFailuresPerAddress; i++)
        {
            await limits.BeginAsync($"utente{i}", "10.1.1.1", CancellationToken.None);
        }
        await Assert.ThrowsAsync<RefusalException>(() => limits.BeginAsync("altro", "10.1.1.1", CancellationToken.None));
        await limits.BeginAsync("altro", "10.1.1.2", CancellationToken.None);
    }

    [Fact]
    public async Task Right_sign_ins_from_one_shared_address_never_count_against_it()
    {
        // A call centre behind one public address: a hundred operators sign in in the same quarter hour.
        for (var i = 0; i < 100; i++)
        {
            var attempt = await limits.BeginAsync($"operatore{i}", "10.3.3.3", CancellationToken.None);
            await limits.SucceededAsync(attempt, CancellationToken.None);
        }
        for (var i = 0; i < LoginRateLimits.MaxFailuresPerAddress; i++)
        {
            await limits.BeginAsync($"sbagliato{i}", "10.3.3.3", CancellationToken.None);
        }
        await Assert.ThrowsAsync<RefusalException>(() => limits.BeginAsync("altro", "10.3.3.3", CancellationToken.None));
    }
}
