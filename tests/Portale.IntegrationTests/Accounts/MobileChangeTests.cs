using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Accounts.Users;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

[Collection(AzuriteCollection.Name)]
public sealed class MobileChangeTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Confirmed_change_asks_for_the_new_mobile_at_next_sign_in_and_verifies_it_by_code()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var client = host.AnonymousClient();

        using (var requested = await client.PostAsJsonAsync("/api/accounts/mobile-change", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(client) }))
        {
            Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        }
        var email = await Outbox.LatestAsync(client, op.Email, "Conferma modifica recapito mobile");
        Assert.Contains($"di seguito il link per la conferma del reset del recapito mobile relativo all'account personale dell'utente {op.Username}", email.Body);
        using (var confirmed = await client.GetAsync($"/api/accounts/mobile-change/confirm?token={Outbox.Token(email)}"))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        var told = await Outbox.ForAsync(client, op.Mobile);
        Assert.Contains(told, m => m.Kind == "sms" && m.Body.Contains("modifica del recapito mobile", StringComparison.Ordinal));

        // The current number confirms the change with its code, then the new number is asked for.
        var step = await client.LoginAsync(op.Username, TestOperator.Password);
        Assert.Equal("old-mobile", step.GetProperty("next").GetString());
        var challengeId = step.GetProperty("challengeId").GetString()!;
        using (var oldMobile = await client.PostAsJsonAsync("/api/auth/otp", new { challengeId, code = await Outbox.LatestCodeAsync(client, op.Mobile) }))
        {
            Assert.Equal(HttpStatusCode.OK, oldMobile.StatusCode);
            Assert.DoesNotContain(oldMobile.Headers, h => h.Key == "Set-Cookie");
            Assert.Equal("new-mobile", (await oldMobile.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("next").GetString());
        }

        // A number is another person's once it has answered their code (an unconfirmed registration holds none).
        var taken = TestOperator.New() with { FiscalCode = "DLCGFR01A01Z100K" };
        (await host.SignUpAndSignInAsync(taken)).Dispose();
        using (var refused = await client.PostAsJsonAsync("/api/auth/mobile", new { challengeId, mobile = taken.Mobile }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        var newMobile = TestOperator.NewMobile();
        using (var sent = await client.PostAsJsonAsync("/api/auth/mobile", new { challengeId, mobile = newMobile }))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            Assert.Equal("otp", (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("next").GetString());
        }
        var sessionId = await client.CompleteOtpAsync(challengeId, newMobile);
        using var session = host.SessionClient(sessionId);
        var me = await session.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(newMobile, me.GetProperty("mobile").GetString());

        using var next = await host.SignInAsync(op with { Mobile = newMobile });
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task With_a_video_identification_the_warning_must_be_acknowledged()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        var users = host.Services.GetRequiredService<IUserStore>();
        await users.ApplyAsync(UserIds.From(op.Username)!, u => u with { VideoIdentified = true }, CancellationToken.None);
        using var client = host.AnonymousClient();

        using (var warned = await client.PostAsJsonAsync("/api/accounts/mobile-change", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(client), acknowledged = false }))
        {
            Assert.Equal(HttpStatusCode.Conflict, warned.StatusCode);
            var problem = await warned.ProblemAsync();
            Assert.Equal("acknowledgement-required", problem.GetProperty("code").GetString());
            Assert.Contains("Al profilo per cui si richiede la modifica è associata una video-identificazione valida per il Servizio Conciliazione", problem.GetProperty("warning").GetString());
        }
        using var acknowledged = await client.PostAsJsonAsync("/api/accounts/mobile-change", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(client), acknowledged = true });
        Assert.Equal(HttpStatusCode.Accepted, acknowledged.StatusCode);
        await Outbox.LatestAsync(client, op.Email, "Conferma modifica recapito mobile");
    }

    [Fact]
    public async Task Without_the_current_numbers_code_the_change_opens_after_the_cooling_off_or_with_the_help_desk()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var lostPhone = TestOperator.New();
        var helped = TestOperator.New();
        (await host.SignUpAndSignInAsync(lostPhone)).Dispose();
        (await host.SignUpAndSignInAsync(helped)).Dispose();
        using var client = host.AnonymousClient();
        foreach (var op in new[] { lostPhone, helped })
        {
            using (await client.PostAsJsonAsync("/api/accounts/mobile-change", new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(client) }))
            {
            }
            var link = await Outbox.LatestAsync(client, op.Email, "Conferma modifica recapito mobile");
            using var confirmed = await client.GetAsync($"/api/accounts/mobile-change/confirm?token={Outbox.Token(link)}");
            var opensAt = (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("opensAt").GetDateTimeOffset();
            // The business clock runs on from Start while the test works: 72 hours after the confirmation.
            Assert.InRange(opensAt, AccountHosts.Start.AddHours(72), AccountHosts.Start.AddHours(72).AddMinutes(5));
        }

        // The help desk, having checked who asks, opens one change at once; the other still asks for the old code.
        using (var helpDesk = await host.StaffClientAsync(StaffRoles.HelpDesk))
        {
            using (var approved = await helpDesk.PostAsync($"/api/backoffice/users/{helped.Username}/mobile-change/approve", null))
            {
                Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
            }
            var nothingPending = TestOperator.New();
            (await host.SignUpAndSignInAsync(nothingPending)).Dispose();
            using var refused = await helpDesk.PostAsync($"/api/backoffice/users/{nothingPending.Username}/mobile-change/approve", null);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }
        using (var backOffice = await host.StaffClientAsync(StaffRoles.BackOffice))
        {
            var audit = await backOffice.GetFromJsonAsync<JsonElement>("/api/backoffice/audit?action=mobile-change-approved&pageSize=100");
            Assert.Contains(audit.GetProperty("items").EnumerateArray(), r => r.GetProperty("target").GetString() == helped.Username);
        }
        Assert.Equal("new-mobile", (await client.LoginAsync(helped.Username, TestOperator.Password)).GetProperty("next").GetString());
        var waiting = await client.LoginAsync(lostPhone.Username, TestOperator.Password);
        Assert.Equal("old-mobile", waiting.GetProperty("next").GetString());
        Assert.InRange(waiting.GetProperty("mobileChangeOpensAt").GetDateTimeOffset(), AccountHosts.Start.AddHours(72), AccountHosts.Start.AddHours(72).AddMinutes(5));

        await host.SetClockAsync(AccountHosts.Start.AddHours(71));
        Assert.Equal("old-mobile", (await client.LoginAsync(lostPhone.Username, TestOperator.Password)).GetProperty("next").GetString());
        await host.SetClockAsync(AccountHosts.Start.AddHours(72).AddMinutes(10));
        Assert.Equal("new-mobile", (await client.LoginAsync(lostPhone.Username, TestOperator.Password)).GetProperty("next").GetString());
    }
}
