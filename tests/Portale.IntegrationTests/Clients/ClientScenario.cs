using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Accounts.Users;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Clients;

/// <summary>Creates API clients through the operator's real steps (SMS code from the outbox) and takes their tokens.</summary>
internal static class ClientScenario
{
    public sealed record Credentials(string ClientId, string Secret, JsonElement Client);

    public static async Task<Credentials> CreateAsync(
        PortaleHost host, HttpClient user, string username, string company, string name, params string[] permissions)
    {
        var code = await SendCodeAsync(host, user, username, company);
        using var created = await user.PostAsJsonAsync($"/api/companies/{company}/clients",
            new { challengeId = code.ChallengeId, code = code.Code, name, permissions });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{(int)created.StatusCode}: {body}");
        var json = JsonDocument.Parse(body).RootElement;
        var client = json.GetProperty("client");
        return new Credentials(client.GetProperty("clientId").GetString()!, json.GetProperty("clientSecret").GetString()!, client);
    }

    public static async Task<(string ChallengeId, string Code)> SendCodeAsync(
        PortaleHost host, HttpClient user, string username, string company)
    {
        var mobile = (await host.Services.GetRequiredService<IUserStore>().FindAsync(UserIds.From(username)!, CancellationToken.None))!.Mobile;
        using var sent = await user.PostAsync($"/api/companies/{company}/clients/code", null);
        var body = await sent.Content.ReadAsStringAsync();
        Assert.True(sent.IsSuccessStatusCode, $"{(int)sent.StatusCode}: {body}");
        var challengeId = JsonDocument.Parse(body).RootElement.GetProperty("challengeId").GetString()!;
        var sms = await Outbox.LatestAsync(host.Client, mobile, "sistema collegato");
        return (challengeId, System.Text.RegularExpressions.Regex.Match(sms.Body, @"\b(\d{6})\b").Groups[1].Value);
    }

    public static async Task<HttpResponseMessage> RequestTokenAsync(PortaleHost host, string clientId, string secret, string? scope = null)
    {
        using var anonymous = host.AnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/oauth/token");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));
        var fields = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (scope is not null)
        {
            fields["scope"] = scope;
        }
        request.Content = new FormUrlEncodedContent(fields);
        return await anonymous.SendAsync(request);
    }

    /// <summary>An HTTP client carrying a fresh bearer token of the client.</summary>
    public static async Task<HttpClient> SystemAsync(PortaleHost host, Credentials credentials)
    {
        using var response = await RequestTokenAsync(host, credentials.ClientId, credentials.Secret);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        var token = JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString();
        var system = host.AnonymousClient();
        system.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return system;
    }
}
