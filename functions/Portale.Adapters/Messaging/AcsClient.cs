using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;

namespace Portale.Adapters.Messaging;

/// <summary>
/// Posts a JSON body to an ACS REST endpoint, signed with the access key or with an Entra ID token.
/// Protocol timestamps use real time, never the business clock (ACS refuses a skewed x-ms-date).
/// </summary>
public sealed class AcsClient(IHttpClientFactory httpClients, AcsOptions options)
{
    public const string HttpClientName = "acs";

    public static TimeProvider WireClock { get; } = TimeProvider.System;

    private const string Scope = "https://communication.azure.com//.default";
    private static readonly Lazy<TokenCredential> Credential = new(() => new DefaultAzureCredential());

    /// <summary>
    /// Posts <paramref name="payload"/> to <c>{endpoint}/{path}</c> and checks ACS accepted it (202); the
    /// caller disposes the response. <paramref name="what"/> names the message in errors.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        string? endpoint, string endpointSetting, string path, object payload,
        IReadOnlyDictionary<string, string> headers,
        string what, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{Required(endpoint, endpointSetting).TrimEnd('/')}/{path}");
        var response = await PostAsync(uri, payload, headers, cancellationToken);
        try
        {
            await EnsureAcceptedAsync(response, what, cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>A setting the sender cannot do without.</summary>
    public static string Required(string? value, string setting) =>
        value ?? throw new InvalidOperationException($"{setting} is not set.");

    private async Task<HttpResponseMessage> PostAsync(
        Uri uri, object payload, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(payload, JsonSerializerOptions.Web));
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (!string.IsNullOrWhiteSpace(options.AccessKey))
        {
            AcsHmacSigner.Sign(request, body, options.AccessKey, WireClock.GetUtcNow());
        }
        else
        {
            var token = await Credential.Value.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        return await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
    }

    private static async Task EnsureAcceptedAsync(
        HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.StatusCode != System.Net.HttpStatusCode.Accepted)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            var code = response.Headers.TryGetValues("x-ms-error-code", out var c) ? string.Join(',', c) : string.Empty;
            throw new InvalidOperationException($"ACS {what} refused: {(int)response.StatusCode} {code} {detail}");
        }
    }
}
