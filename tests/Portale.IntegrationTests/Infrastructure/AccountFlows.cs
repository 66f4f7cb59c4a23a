using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Functions.Security;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>The account journeys over real HTTP, as the web app will drive them, reading mail and SMS from the outbox.</summary>
public static class AccountFlows
{
    /// <summary>An anonymous client with its own client address, so rate limits of one test never touch another.</summary>
    public static HttpClient AnonymousClient(this PortaleHost host)
    {
        var client = host.NewClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", TestOperator.RandomAddress());
        return client;
    }

    public static async Task<HttpResponseMessage> RegisterAsync(this HttpClient client, TestOperator op, bool fiscalCodeConfirmed = true) =>
        await client.PostAsJsonAsync("/api/accounts", op.Form(await CaptchaSolver.SolveAsync(client), fiscalCodeConfirmed));

    /// <summary>Registers, follows the confirmation link and returns the temporary password from the activation email.</summary>
    public static async Task<string> RegisterAndConfirmAsync(this HttpClient client, TestOperator op)
    {
        using (var registered = await client.RegisterAsync(op))
        {
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }
        var confirmation = await Outbox.LatestAsync(client, op.Email, "Conferma registrazione");
        using (var confirmed = await client.GetAsync($"/api/accounts/confirm?token={Outbox.Token(confirmation)}"))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }
        return Outbox.TemporaryPassword(await Outbox.LatestAsync(client, op.Email, "Attivazione account"));
    }

    public static async Task<JsonElement> LoginAsync(this HttpClient client, string username, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { username, password });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"login answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> ChangePasswordAsync(this HttpClient client, string challengeId, string current, string newPassword)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/password", new { challengeId, currentPassword = current, newPassword, confirmPassword = newPassword });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"password change answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Posts the code just sent to <paramref name="mobile"/> and returns the session id from the cookie.</summary>
    public static async Task<string> CompleteOtpAsync(this HttpClient client, string challengeId, string mobile)
    {
        var code = await Outbox.LatestCodeAsync(client, mobile);
        using var response = await client.PostAsJsonAsync("/api/auth/otp", new { challengeId, code });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"OTP answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return SessionIdOf(response);
    }

    /// <summary>Registration to session: confirm, temporary password, forced change, OTP.</summary>
    public static async Task<HttpClient> SignUpAndSignInAsync(this PortaleHost host, TestOperator op)
    {
        using var anonymous = host.AnonymousClient();
        return host.SessionClient(await anonymous.SignUpAsync(op));
    }

    /// <summary>Registration to session on this client; returns the session id.</summary>
    public static async Task<string> SignUpAsync(this HttpClient anonymous, TestOperator op)
    {
        var temporary = await anonymous.RegisterAndConfirmAsync(op);
        var first = await anonymous.LoginAsync(op.Username, temporary);
        Assert.Equal("change-password", first.GetProperty("next").GetString());
        var otp = await anonymous.ChangePasswordAsync(first.GetProperty("challengeId").GetString()!, temporary, TestOperator.Password);
        Assert.Equal("otp", otp.GetProperty("next").GetString());
        return await anonymous.CompleteOtpAsync(otp.GetProperty("challengeId").GetString()!, op.Mobile);
    }

    public static async Task<HttpClient> SignInAsync(this PortaleHost host, TestOperator op, string password = TestOperator.Password)
    {
        using var anonymous = host.AnonymousClient();
        var step = await anonymous.LoginAsync(op.Username, password);
        Assert.Equal("otp", step.GetProperty("next").GetString());
        return host.SessionClient(await anonymous.CompleteOtpAsync(step.GetProperty("challengeId").GetString()!, op.Mobile));
    }

    public static HttpClient SessionClient(this PortaleHost host, string sessionId)
    {
        var client = host.NewClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{SessionCookie.Name}={sessionId}");
        client.DefaultRequestHeaders.Add(CsrfHeader.Name, CsrfHeader.Value);
        return client;
    }

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    private static string SessionIdOf(HttpResponseMessage response)
    {
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SessionCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        return cookie[(SessionCookie.Name.Length + 1)..cookie.IndexOf(';', StringComparison.Ordinal)];
    }
}
