using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Identity;
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

    /// <summary>A client with a session for <paramref name="userId"/>, enabled for <paramref name="companies"/>.</summary>
    public static async Task<HttpClient> OperatorClientAsync(this PortaleHost host, string userId, params string[] companies)
    {
        var enablements = host.Services.GetRequiredService<ICompanyEnablements>();
        foreach (var company in companies)
        {
            await enablements.EnableAsync(userId, company, CancellationToken.None);
        }
        using var response = await host.Client.PostAsJsonAsync("/admin/session", new { userId, username = userId });
        response.EnsureSuccessStatusCode();
        var sessionId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString();
        var client = new HttpClient { BaseAddress = host.Address };
        client.DefaultRequestHeaders.Add("Cookie", $"{SessionCookie.Name}={sessionId}");
        client.DefaultRequestHeaders.Add(SessionCookie.CsrfHeader, SessionCookie.CsrfValue);
        return client;
    }
}
