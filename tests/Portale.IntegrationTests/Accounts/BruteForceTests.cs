using System.Net;
using System.Net.Http.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

/// <summary>
/// Password guessing is limited per username and address pair, per address, and, over every address,
/// by a captcha after ten failures: nothing a stranger does from elsewhere keeps the owner out.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BruteForceTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Five_wrong_passwords_stop_that_address_for_that_username_for_fifteen_minutes()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var client = host.AnonymousClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = $"Sbagliata{attempt}!" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using (var stopped = await client.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = TestOperator.Password }))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
            Assert.Equal("too-many-attempts", (await stopped.ProblemAsync()).GetProperty("code").GetString());
            Assert.NotNull(stopped.Headers.RetryAfter);
        }
        await host.SetClockAsync(AccountHosts.Start.AddMinutes(16));
        var step = await client.LoginAsync(op.Username, TestOperator.Password);
        Assert.Equal("otp", step.GetProperty("next").GetString());
    }

    [Fact]
    public async Task Unknown_usernames_are_limited_exactly_like_known_ones()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var ghost = "fantasma-" + Guid.NewGuid().ToString("N")[..8];
        using var client = host.AnonymousClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { username = ghost, password = "Sbagliata1!" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var stopped = await client.PostAsJsonAsync("/api/auth/login", new { username = ghost, password = "Sbagliata1!" });
        Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
    }

    [Fact]
    public async Task After_ten_failures_from_anywhere_a_username_asks_for_the_captcha_not_for_patience()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var stranger = host.AnonymousClient();
            using var wrong = await stranger.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = $"Sbagliata{attempt}!" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var owner = host.AnonymousClient();
        using (var asked = await owner.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = TestOperator.Password }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, asked.StatusCode);
            var problem = await asked.ProblemAsync();
            Assert.Equal("captcha-required", problem.GetProperty("code").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("captcha", out _));
        }
        using var solved = await owner.PostAsJsonAsync("/api/auth/login",
            new { username = op.Username, password = TestOperator.Password, captcha = await CaptchaSolver.SolveAsync(owner) });
        Assert.Equal(HttpStatusCode.OK, solved.StatusCode);
    }

    [Fact]
    public async Task One_address_gets_twenty_attempts_in_fifteen_minutes()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var client = host.AnonymousClient();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { username = $"utente-{attempt}-{Guid.NewGuid():N}"[..20], password = "Sbagliata1!" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var stopped = await client.PostAsJsonAsync("/api/auth/login", new { username = "utente-nuovo", password = "Sbagliata1!" });
        Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
    }

    [Fact]
    public async Task Colleagues_signing_in_from_one_company_address_are_never_stopped_by_their_right_passwords()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var office = host.AnonymousClient();
        for (var signIn = 0; signIn < 25; signIn++)
        {
            var step = await office.LoginAsync(op.Username, TestOperator.Password);
            Assert.Equal("otp", step.GetProperty("next").GetString());
        }
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var wrong = await office.PostAsJsonAsync("/api/auth/login", new { username = $"utente-{attempt}-{Guid.NewGuid():N}"[..20], password = "Sbagliata1!" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var stopped = await office.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = TestOperator.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
    }
}
