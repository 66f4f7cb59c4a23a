using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

/// <summary>Sessions: what ends them, what cannot bring them back, and what the cookie and the table hold.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SessionTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Logout_during_requests_in_flight_stays_logged_out()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        var clock = AccountHosts.Start;
        for (var round = 0; round < 5; round++)
        {
            using var session = await host.SignInAsync(op);
            // Past the minute after which a request writes the session's last-seen time back.
            clock = clock.AddMinutes(2);
            await host.SetClockAsync(clock);
            var inFlight = Enumerable.Range(0, 30).Select(async _ => (await session.GetAsync("/api/me")).Dispose()).ToList();
            using (var logout = await session.PostAsync("/api/auth/logout", null))
            {
                Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
            }
            await Task.WhenAll(inFlight);
            Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/me")).StatusCode);
        }
    }

    [Theory]
    [InlineData("////////////////////////////////////////////////////////////////")]
    [InlineData("#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?#?")]
    [InlineData("x")]
    public async Task A_malformed_session_cookie_is_no_session(string value)
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        using var client = host.NewClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{SessionCookie.Name}={Uri.EscapeDataString(value)}");
        using var response = await client.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_session_table_holds_a_keyed_hash_of_the_id_never_the_id()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var anonymous = host.AnonymousClient();
        var sessionId = await anonymous.SignUpAsync(op);

        var table = host.Services.GetRequiredService<StorageClients>().Table(StorageNames.SessionsTable);
        var keys = new List<string>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            keys.Add(row.PartitionKey);
            keys.Add(row.RowKey);
        }
        Assert.NotEmpty(keys);
        Assert.DoesNotContain(keys, k => k.Contains(sessionId, StringComparison.OrdinalIgnoreCase));
        using var session = host.SessionClient(sessionId);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_again_with_a_session_cookie_gives_a_fresh_id_and_ends_the_old_one()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var anonymous = host.AnonymousClient();
        var old = await anonymous.SignUpAsync(op);

        using var browser = host.SessionClient(old);
        var again = await browser.LoginAsync(op.Username, TestOperator.Password);
        var fresh = await browser.CompleteOtpAsync(again.GetProperty("challengeId").GetString()!, op.Mobile);

        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.SessionClient(old).GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SessionClient(fresh).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_account_and_end_its_sessions()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var session = await host.SignUpAndSignInAsync(op);
        using var anonymous = host.AnonymousClient();
        var challengeId = (await anonymous.LoginAsync(op.Username, TestOperator.Password)).GetProperty("challengeId").GetString()!;
        var right = await Outbox.LatestCodeAsync(anonymous, op.Mobile);
        var wrong = right == "000000" ? "111111" : "000000";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId, code = wrong })).Dispose();
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_recovered_password_ends_the_sessions_opened_before()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var session = await host.SignUpAndSignInAsync(op);
        using var client = host.AnonymousClient();
        using (await client.PostAsJsonAsync("/api/accounts/recover-password",
            new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(client) }))
        {
        }
        var temporary = Outbox.TemporaryPassword(await Outbox.LatestAsync(client, op.Email, "Recupero password"));
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/me")).StatusCode);

        var step = await client.LoginAsync(op.Username, temporary);
        step = await client.ChangePasswordAsync(step.GetProperty("challengeId").GetString()!, temporary, TestOperator.NewPassword);
        await client.CompleteOtpAsync(step.GetProperty("challengeId").GetString()!, op.Mobile);

        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_cookie_is_a_host_only_secure_cookie_named_with_the_Host_prefix()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var anonymous = host.AnonymousClient();
        var temporary = await anonymous.RegisterAndConfirmAsync(op);
        var step = await anonymous.LoginAsync(op.Username, temporary);
        step = await anonymous.ChangePasswordAsync(step.GetProperty("challengeId").GetString()!, temporary, TestOperator.Password);
        var code = await Outbox.LatestCodeAsync(anonymous, op.Mobile);
        using var response = await anonymous.PostAsJsonAsync("/api/auth/otp", new { challengeId = step.GetProperty("challengeId").GetString(), code });
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
