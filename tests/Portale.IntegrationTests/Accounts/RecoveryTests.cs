using System.Net;
using System.Net.Http.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class RecoveryTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Recover_username_lists_every_username_on_the_address()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var first = TestOperator.New();
        var second = TestOperator.New() with { Email = first.Email.ToUpperInvariant() };
        (await host.SignUpAndSignInAsync(first)).Dispose();
        (await host.SignUpAndSignInAsync(second)).Dispose();
        using var client = host.AnonymousClient();

        using var response = await client.PostAsJsonAsync("/api/accounts/recover-username", new { email = first.Email, captcha = await CaptchaSolver.SolveAsync(client) });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var email = await Outbox.LatestAsync(client, first.Email, "Recupero username");
        Assert.Contains("- " + first.Username, email.Body);
        Assert.Contains("- " + second.Username, email.Body);
    }

    [Fact]
    public async Task Recover_password_emails_a_temporary_password_that_must_be_changed()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var client = host.AnonymousClient();

        using (var missingCaptcha = await client.PostAsJsonAsync("/api/accounts/recover-password", new { username = op.Username }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missingCaptcha.StatusCode);
        }
        using (var response = await client.PostAsJsonAsync("/api/accounts/recover-password", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(client) }))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        var temporary = Outbox.TemporaryPassword(await Outbox.LatestAsync(client, op.Email, "Recupero password"));
        var step = await client.LoginAsync(op.Username, temporary);
        Assert.Equal("change-password", step.GetProperty("next").GetString());
        var otp = await client.ChangePasswordAsync(step.GetProperty("challengeId").GetString()!, temporary, TestOperator.NewPassword);
        await client.CompleteOtpAsync(otp.GetProperty("challengeId").GetString()!, op.Mobile);
    }

    [Fact]
    public async Task The_temporary_password_works_once_and_expires_after_a_day_while_the_own_password_keeps_working()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var client = host.AnonymousClient();
        async Task<string> RecoverAsync()
        {
            using var response = await client.PostAsJsonAsync("/api/accounts/recover-password", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(client) });
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var email = await Outbox.LatestAsync(client, op.Email, "Recupero password");
            Assert.Contains("resta valida", email.Body);
            return Outbox.TemporaryPassword(email);
        }

        var expiring = await RecoverAsync();
        await host.SetClockAsync(AccountHosts.Start.AddHours(24).AddMinutes(1));
        using (var expired = await client.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = expiring }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
            Assert.Equal("temporary-password-expired", (await expired.ProblemAsync()).GetProperty("code").GetString());
        }
        (await host.SignInAsync(op)).Dispose();

        var temporary = await RecoverAsync();
        var step = await client.LoginAsync(op.Username, temporary);
        step = await client.ChangePasswordAsync(step.GetProperty("challengeId").GetString()!, temporary, TestOperator.NewPassword);
        await client.CompleteOtpAsync(step.GetProperty("challengeId").GetString()!, op.Mobile);
        using (var used = await client.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = temporary }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, used.StatusCode);
        }
        using (var old = await client.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = TestOperator.Password }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        }
        (await host.SignInAsync(op, TestOperator.NewPassword)).Dispose();
    }

    [Fact]
    public async Task Repeated_recovery_requests_for_one_username_are_throttled_and_the_owner_is_told()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        var before = (await Outbox.ForAsync(host.Client, op.Email)).Count;
        for (var request = 0; request < 3; request++)
        {
            using var stranger = host.AnonymousClient();
            using var accepted = await stranger.PostAsJsonAsync("/api/accounts/recover-password", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(stranger) });
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }
        for (var request = 0; request < 2; request++)
        {
            using var stranger = host.AnonymousClient();
            using var throttled = await stranger.PostAsJsonAsync("/api/accounts/recover-password", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(stranger) });
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
            Assert.Equal("recovery-limit", (await throttled.ProblemAsync()).GetProperty("code").GetString());
            Assert.NotNull(throttled.Headers.RetryAfter);
        }
        var mail = await Outbox.ForAsync(host.Client, op.Email);
        Assert.Equal(3, mail.Take(mail.Count - before).Count(m => m.Subject!.StartsWith("Recupero password", StringComparison.Ordinal)));
        Assert.Single(mail.Take(mail.Count - before), m => m.Subject!.StartsWith("Richieste ripetute", StringComparison.Ordinal));

        // Unknown usernames are throttled alike: the limit tells nothing about who exists.
        var ghost = "fantasma-" + Guid.NewGuid().ToString("N")[..8];
        var statuses = new List<HttpStatusCode>();
        for (var request = 0; request < 4; request++)
        {
            using var stranger = host.AnonymousClient();
            using var answer = await stranger.PostAsJsonAsync("/api/accounts/recover-password", new { username = ghost, captcha = await CaptchaSolver.SolveAsync(stranger) });
            statuses.Add(answer.StatusCode);
        }
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests], statuses);
        (await host.SignInAsync(op)).Dispose();
    }
}
