using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Accounts.Users;
using Portale.Core.Companies;
using Portale.Functions.Security;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>Clients acting as a staff member (bearer token) or as a signed-in operator (session cookie).</summary>
public static class PortaleHostClients
{
    // Passwords of the operators this test run created, so the same id can sign in again.
    private static readonly ConcurrentDictionary<string, string> Passwords = new(StringComparer.OrdinalIgnoreCase);

    public static Task<HttpClient> StaffClientAsync(this PortaleHost host, params string[] roles) =>
        host.NamedStaffClientAsync("Operatore Sportello", roles);

    /// <summary>A staff member with a name of their own (to find their audit records among everyone's).</summary>
    public static Task<HttpClient> NamedStaffClientAsync(this PortaleHost host, string name, params string[] roles) =>
        host.TokenClientAsync(new { name, roles });

    /// <summary>One of the Sportello's applications (client credentials: no user, the client id in azp/appid).</summary>
    public static Task<HttpClient> ApplicationClientAsync(this PortaleHost host, string appId, params string[] roles) =>
        host.TokenClientAsync(new { appId, roles });

    private static async Task<HttpClient> TokenClientAsync(this PortaleHost host, object tokenRequest)
    {
        using var response = await host.Client.PostAsJsonAsync("/admin/token", tokenRequest);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var client = host.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A client signed in through the real flow (registration, confirmation, forced password change,
    /// OTP read from the outbox) as the user <paramref name="userId"/>, enabled by the back office for
    /// <paramref name="companies"/>. The user id is the username in lower case: an id that is not a
    /// valid username (3–30 of a-z A-Z 0-9 - _ $ @ * ! .) is shortened to one, and the session's
    /// UserId is that username. Calling it again for the same id signs the same user in again
    /// (unlocking, reactivating or renewing an expired password on the way if the clock moved).
    /// </summary>
    public static async Task<HttpClient> OperatorClientAsync(this PortaleHost host, string userId, params string[] companies)
    {
        var op = TestOperator.New(UsernameFor(userId));
        var existing = await host.Services.GetRequiredService<IUserStore>().FindAsync(UserIds.From(op.Username)!, CancellationToken.None);
        HttpClient client;
        if (existing is null)
        {
            client = await host.SignUpAndSignInAsync(op);
            Passwords[op.Username] = TestOperator.Password;
        }
        else
        {
            client = await host.SignInAgainAsync(op with { Email = existing.Email, Mobile = existing.Mobile });
        }
        using var backOffice = await host.StaffClientAsync(StaffRoles.BackOffice);
        var directory = host.Services.GetRequiredService<ICompanyDirectory>();
        foreach (var company in companies)
        {
            if (await directory.FindAsync(company, CancellationToken.None) is null)
            {
                // Enablement needs a registered company: register one with test data first.
                using var created = await backOffice.PutAsJsonAsync($"/api/backoffice/companies/{company}", new
                {
                    name = $"Società di prova {company}",
                    vatNumber = "12345678903",
                    pecAddress = $"{company}@pec.example.it",
                    sectors = new[] { "energy", "water" },
                });
                created.EnsureSuccessStatusCode();
            }
            using var enabled = await backOffice.EnableUserAsync(company, op.Username);
            enabled.EnsureSuccessStatusCode();
        }
        return client;
    }

    private static async Task<HttpClient> SignInAgainAsync(this PortaleHost host, TestOperator op)
    {
        using (var helpDesk = await host.StaffClientAsync(StaffRoles.HelpDesk))
        {
            (await helpDesk.PostAsync($"/api/backoffice/users/{op.Username}/unlock", null)).Dispose();
            (await helpDesk.PostAsync($"/api/backoffice/users/{op.Username}/reactivate", null)).Dispose();
        }
        using var anonymous = host.AnonymousClient();
        var password = Passwords.GetValueOrDefault(op.Username, TestOperator.Password);
        var step = await anonymous.LoginAsync(op.Username, password);
        if (step.GetProperty("next").GetString() == "change-password")
        {
            var renewed = "Rn" + Guid.NewGuid().ToString("N")[..8] + "!7";
            step = await anonymous.ChangePasswordAsync(step.GetProperty("challengeId").GetString()!, password, renewed);
            Passwords[op.Username] = renewed;
        }
        return host.SessionClient(await anonymous.CompleteOtpAsync(step.GetProperty("challengeId").GetString()!, op.Mobile));
    }

    private static string UsernameFor(string userId)
    {
        var kept = new string(userId.Where(c => char.IsAsciiLetterOrDigit(c) || "-_$@*!.".Contains(c)).ToArray()).ToLowerInvariant();
        return kept.Length is >= 3 and <= 30 ? kept : (kept + "-usr")[..Math.Min(30, kept.Length + 4)];
    }
}
