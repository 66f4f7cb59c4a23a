using System.Net;
using System.Net.Http.Json;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Accounts;

/// <summary>
/// The doors of issue 12, each walked through over HTTP as a stranger or a mailbox thief would: a
/// recovery request by a stranger, the mailbox alone, a password change with another session open,
/// wrong passwords from one address, a forged X-Forwarded-For.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AccountDoorTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task A_strangers_recovery_request_leaves_the_owners_password_working()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var stranger = host.AnonymousClient();
        using (var requested = await stranger.PostAsJsonAsync("/api/accounts/recover-password",
            new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(stranger) }))
        {
            Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        }

        using var owner = await host.SignInAsync(op);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task The_mailbox_alone_cannot_take_the_account_and_the_old_mobile_hears_of_it()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var thief = host.AnonymousClient();

        using (await thief.PostAsJsonAsync("/api/accounts/recover-password",
            new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(thief) }))
        {
        }
        var temporary = Outbox.TemporaryPassword(await Outbox.LatestAsync(thief, op.Email, "Recupero password"));
        using (await thief.PostAsJsonAsync("/api/accounts/mobile-change",
            new { username = op.Username, captcha = await CaptchaSolver.SolveAsync(thief) }))
        {
        }
        var link = await Outbox.LatestAsync(thief, op.Email, "Conferma modifica recapito mobile");
        using (var confirmed = await thief.GetAsync($"/api/accounts/mobile-change/confirm?token={Outbox.Token(link)}"))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        var step = await thief.LoginAsync(op.Username, temporary);
        step = await thief.ChangePasswordAsync(step.GetProperty("challengeId").GetString()!, temporary, "Ladro#2026xy");
        var challengeId = step.GetProperty("challengeId").GetString()!;
        Assert.NotEqual("new-mobile", step.GetProperty("next").GetString());
        var thiefMobile = TestOperator.NewMobile();
        using (var refused = await thief.PostAsJsonAsync("/api/auth/mobile", new { challengeId, mobile = thiefMobile }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }
        Assert.Empty(await Outbox.ForAsync(thief, thiefMobile));
        var told = await Outbox.ForAsync(thief, op.Mobile);
        Assert.Contains(told, m => m.Kind == "sms" && m.Body.Contains("modifica del recapito mobile", StringComparison.Ordinal));

        // Days later the change still waits: a password recovery came just before it, so only the help desk opens it.
        await host.SetClockAsync(AccountHosts.Start.AddHours(80));
        using var later = host.AnonymousClient();
        var again = await later.LoginAsync(op.Username, TestOperator.Password);
        Assert.Equal("old-mobile", again.GetProperty("next").GetString());
        using (var stillRefused = await later.PostAsJsonAsync("/api/auth/mobile",
            new { challengeId = again.GetProperty("challengeId").GetString(), mobile = thiefMobile }))
        {
            Assert.Equal(HttpStatusCode.Conflict, stillRefused.StatusCode);
        }
    }

    [Fact]
    public async Task A_password_change_ends_the_users_other_session()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        using var first = await host.SignUpAndSignInAsync(op);
        using var second = await host.SignInAsync(op);

        using (var changed = await first.PostAsJsonAsync("/api/auth/password", new
        {
            currentPassword = TestOperator.Password, newPassword = TestOperator.NewPassword, confirmPassword = TestOperator.NewPassword,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_address_do_not_stop_the_owner_from_another()
    {
        await using var host = await AccountHosts.StartAsync(azurite);
        var op = TestOperator.New();
        (await host.SignUpAndSignInAsync(op)).Dispose();
        using var stranger = host.AnonymousClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await stranger.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = $"Sbagliata{attempt}!" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using (var stopped = await stranger.PostAsJsonAsync("/api/auth/login", new { username = op.Username, password = "Sbagliata9!" }))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
        }

        using var owner = await host.SignInAsync(op);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task A_forged_X_Forwarded_For_changes_nothing_on_a_host_with_no_trusted_proxy()
    {
        // A minute of its own, so no other test's failures from 127.0.0.1 share this window.
        var start = DateTimeOffset.Parse("2026-04-14T10:00:00+02:00");
        await using var host = await PortaleHost.StartAsync(azurite, settings: new Dictionary<string, string>
        {
            ["Portale:Clock:Now"] = start.ToString("O"),
            ["Portale:Network:TrustedProxies"] = "",
        });
        using var client = host.NewClient();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
            {
                Content = JsonContent.Create(new { username = $"forgiato-{attempt}-{Guid.NewGuid():N}"[..24], password = "Sbagliata1!" }),
            };
            request.Headers.Add("X-Forwarded-For", TestOperator.RandomAddress());
            using var wrong = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
        using var last = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = JsonContent.Create(new { username = "forgiato-ultimo", password = "Sbagliata1!" }),
        };
        last.Headers.Add("X-Forwarded-For", TestOperator.RandomAddress());
        using var stopped = await client.SendAsync(last);
        Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
    }
}
