using System.Net;
using System.Net.Http.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class BruteForceTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Five_wrong_passwords_stop_even_the_right_one_for_fifteen_minutes()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var client = host.AnonymousClient();
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = $"Sbagliata{attempt}!" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using (var client = host.AnonymousClient())
        using (var stopped = await client.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = TestOperator.Password }))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
            Assert.Equal("too-many-attempts", (await stopped.ProblemAsync()).GetProperty("code").GetString());
            Assert.NotNull(stopped.Headers.RetryAfter);
        }
        await host.SetClockAsync(AccountHosts.Start.AddMinutes(16));
        using var later = await host.SignInAsync(op);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Unknown_usernames_are_limited_exactly_like_known_ones()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var ghost = "fantasma-" + Guid.NewGuid().ToString("N")[..8];
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var client = host.AnonymousClient();
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { username = ghost, password = "Sbagliata1!" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var last = host.AnonymousClient();
        using var stopped = await last.PostAsJsonAsync("/api/auth/login", new { username = ghost, password = "Sbagliata1!" });
        Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
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
