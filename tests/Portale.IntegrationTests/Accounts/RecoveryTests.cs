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
}
