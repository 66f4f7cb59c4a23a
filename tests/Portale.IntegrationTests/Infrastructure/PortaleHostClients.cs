using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Accounts.Users;
using Portale.Functions.Auth;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>Clients acting as a staff member (bearer token) or as a signed-in operator (session cookie).</summary>
public static class PortaleHostClients
{
    public static async Task<HttpClient> StaffClientAsync(this PortaleHost host, params string[] roles)
    {
        using var response = await host.Client.PostAsJsonAsync("/admin/token", new { name = "Operatore Sportello", roles });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var client = new HttpClient { BaseAddress = host.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A client signed in through the real flow (registration, confirmation, forced password change,
    /// OTP read from the outbox) as the user <paramref name="userId"/>, enabled by the back office for
    /// <paramref name="companies"/>. The user id is the username in lower case: an id that is not a
    /// valid username (3–30 of a-z A-Z 0-9 - _ $ @ * ! .) is shortened to one, and the session's
    /// UserId is that username. Calling it again for the same id signs the same user in again.
    /// </summary>
    public static async Task<HttpClient> OperatorClientAsync(this PortaleHost host, string userId, params string[] companies)
    {
        var op = TestOperator.New(UsernameFor(userId));
        var existing = await host.Services.GetRequiredService<IUserStore>().FindAsync(UserIds.From(op.Username)!, CancellationToken.None);
        var client = existing is null
            ? await host.SignUpAndSignInAsync(op)
            : await host.SignInAsync(op with { Email = existing.Email, Mobile = existing.Mobile });
        using var backOffice = await host.StaffClientAsync(StaffRoles.BackOffice);
        foreach (var company in companies)
        {
            using var enabled = await backOffice.PutAsync($"/api/backoffice/companies/{company}/users/{op.Username}", null);
            enabled.EnsureSuccessStatusCode();
        }
        return client;
    }

    private static string UsernameFor(string userId)
    {
        var kept = new string(userId.Where(c => char.IsAsciiLetterOrDigit(c) || "-_$@*!.".Contains(c)).ToArray()).ToLowerInvariant();
        return kept.Length is >= 3 and <= 30 ? kept : (kept + "-usr")[..Math.Min(30, kept.Length + 4)];
    }
}
