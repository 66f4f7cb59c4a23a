using Microsoft.Extensions.Time.Testing;
using Portale.Core.Accounts.Captcha;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Refusals;
using Portale.Core.Tests.Accounts.Captcha;
using Portale.Core.Tests.Accounts.Fakes;

namespace Portale.Core.Tests.Accounts.SignIn;

public sealed class LoginRateLimitsTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-10T10:00:00Z"));
    private readonly CaptchaService captcha;
    private readonly LoginRateLimits limits;

    public LoginRateLimitsTests()
    {
        var ledgers = new InMemoryLedgers();
        captcha = new CaptchaService(TestAccounts.Secrets, new CaptchaOptions { MaxNumber = 500 }, ledgers, clock);
        limits = new LoginRateLimits(ledgers, captcha, clock);
    }

    [Fact]
    public async Task Five_failures_from_one_address_stop_that_pair_but_not_the_owner_elsewhere()
    {
        for (var i = 0; i < LoginRateLimits.MaxFailuresPerPair; i++)
        {
            await limits.BeginAsync("Mario.Rossi", "10.0.0.1", null, CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        var stopped = await Assert.ThrowsAsync<RefusalException>(
            () => limits.BeginAsync("mario.rossi", "10.0.0.1", null, CancellationToken.None));
        Assert.Equal(RefusalKind.TooManyRequests, stopped.Kind);
        Assert.Equal(LoginRateLimits.Window, stopped.RetryAfter);

        await limits.BeginAsync("mario.rossi", "10.9.9.9", null, CancellationToken.None);

        clock.Advance(LoginRateLimits.Window - TimeSpan.FromMinutes(4));
        await limits.BeginAsync("mario.rossi", "10.0.0.1", null, CancellationToken.None);
    }

    [Fact]
    public async Task After_ten_failures_of_a_username_every_attempt_needs_the_captcha_never_a_block()
    {
        for (var i = 0; i < LoginRateLimits.CaptchaAfterFailures; i++)
        {
            await limits.BeginAsync("mario.rossi", $"10.0.1.{i}", null, CancellationToken.None);
        }
        var asked = await Assert.ThrowsAsync<RefusalException>(
            () => limits.BeginAsync("mario.rossi", "10.0.2.1", null, CancellationToken.None));
        Assert.Equal("captcha-required", asked.Code);

        var attempt = await limits.BeginAsync(
            "mario.rossi", "10.0.2.1", CaptchaServiceTests.Solve(captcha.Create()), CancellationToken.None);
        await limits.SucceededAsync(attempt, CancellationToken.None);
    }

    [Fact]
    public async Task Successes_do_not_count_against_the_username()
    {
        for (var i = 0; i < 20; i++)
        {
            var attempt = await limits.BeginAsync("mario.rossi", "10.0.0.1", null, CancellationToken.None);
            await limits.SucceededAsync(attempt, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Parallel_guesses_from_one_address_cannot_slip_under_the_limit()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            try
            {
                await limits.BeginAsync("mario.rossi", "10.2.0.1", null, CancellationToken.None);
                return true;
            }
            catch (RefusalException)
            {
                return false;
            }
        }));
        Assert.InRange(outcomes.Count(passed => passed), 0, LoginRateLimits.MaxFailuresPerPair);
    }

    [Fact]
    public async Task Twenty_failures_from_one_address_stop_the_twenty_first()
    {
        for (var i = 0; i < LoginRateLimits.MaxFailuresPerAddress; i++)
        {
            await limits.BeginAsync($"utente{i}", "10.1.1.1", null, CancellationToken.None);
        }
        await Assert.ThrowsAsync<RefusalException>(() => limits.BeginAsync("altro", "10.1.1.1", null, CancellationToken.None));
        await limits.BeginAsync("altro", "10.1.1.2", null, CancellationToken.None);
    }

    [Fact]
    public async Task Right_sign_ins_from_one_shared_address_never_count_against_it()
    {
        // A call centre behind one public address: a hundred operators sign in in the same quarter hour.
        for (var i = 0; i < 100; i++)
        {
            var attempt = await limits.BeginAsync($"operatore{i}", "10.3.3.3", null, CancellationToken.None);
            await limits.SucceededAsync(attempt, CancellationToken.None);
        }
        for (var i = 0; i < LoginRateLimits.MaxFailuresPerAddress; i++)
        {
            await limits.BeginAsync($"sbagliato{i}", "10.3.3.3", null, CancellationToken.None);
        }
        await Assert.ThrowsAsync<RefusalException>(() => limits.BeginAsync("altro", "10.3.3.3", null, CancellationToken.None));
    }
}
