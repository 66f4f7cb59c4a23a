using System.Net;
using System.Net.Http.Json;
using Portale.Functions.Accounts;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class ExpiryTests(AzuriteProcess azurite)
{
    private const string Timer = AccountFunctions.Lifecycle;

    [Fact]
    public async Task After_three_months_the_password_has_expired_the_email_goes_once_and_sign_in_asks_for_a_new_one()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var client = host.AnonymousClient();

        await host.SetClockAsync(AccountHosts.Start.AddMonths(3).AddDays(1));
        await RunTimerAsync(host);
        await RunTimerAsync(host);
        var expiredEmails = (await Outbox.ForAsync(client, op.Email)).Count(m => m.Subject!.StartsWith("Password scaduta", StringComparison.Ordinal));
        Assert.Equal(1, expiredEmails);

        var step = await client.LoginAsync(op.Username, TestOperator.Password);
        Assert.Equal("change-password", step.GetProperty("next").GetString());
        Assert.Equal("expired", step.GetProperty("reason").GetString());
        var otp = await client.ChangePasswordAsync(step.GetProperty("challengeId").GetString()!, TestOperator.Password, TestOperator.NewPassword);
        await client.CompleteOtpAsync(otp.GetProperty("challengeId").GetString()!, op.Mobile);
    }

    [Fact]
    public async Task Idle_accounts_are_warned_thirty_days_before_and_deactivated_at_six_months_until_the_help_desk_reactivates()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var client = host.AnonymousClient();
        int Count(IReadOnlyList<Outbox.Message> messages, string subject) => messages.Count(m => m.Subject!.StartsWith(subject, StringComparison.Ordinal));

        await host.SetClockAsync(AccountHosts.Start.AddMonths(5));
        await RunTimerAsync(host);
        Assert.Equal(0, Count(await Outbox.ForAsync(client, op.Email), "Avviso di disattivazione"));

        await host.SetClockAsync(AccountHosts.Start.AddMonths(6).AddDays(-20));
        await RunTimerAsync(host);
        await RunTimerAsync(host);
        var messages = await Outbox.ForAsync(client, op.Email);
        Assert.Equal(1, Count(messages, "Avviso di disattivazione"));
        Assert.Contains("10/09/2026", messages.First(m => m.Subject!.StartsWith("Avviso", StringComparison.Ordinal)).Body);

        await host.SetClockAsync(AccountHosts.Start.AddMonths(6).AddHours(1));
        await RunTimerAsync(host);
        await RunTimerAsync(host);
        Assert.Equal(1, Count(await Outbox.ForAsync(client, op.Email), "Account disattivato"));
        using (var deactivated = await client.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = TestOperator.Password }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, deactivated.StatusCode);
            Assert.Equal("account-deactivated", (await deactivated.ProblemAsync()).GetProperty("code").GetString());
        }

        using (var helpDesk = await host.StaffClientAsync(StaffRoles.HelpDesk))
        using (var reactivated = await helpDesk.PostAsync($"/api/backoffice/users/{op.Username}/reactivate", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, reactivated.StatusCode);
        }
        await RunTimerAsync(host);
        var step = await client.LoginAsync(op.Username, TestOperator.Password);
        // Six months on, the password has expired too.
        Assert.Equal("change-password", step.GetProperty("next").GetString());
    }

    private static async Task RunTimerAsync(PortaleHost host)
    {
        using var response = await host.Client.PostAsJsonAsync($"/admin/functions/{Timer}", new { });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }
}
