using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace Portale.Adapters.Receipts;

/// <summary>
/// Azure: an EC P-256 key in Key Vault signs receipts through Key Vault's sign operation, so the private key
/// never leaves the vault (the Function App's identity may only sign and read the public key). The kid is
/// the key version; every enabled version stays published, so a rotation (a new version) keeps old receipts
/// verifiable. Key Vault's REST API is called over Azure.Core's pipeline because its keys client package is
/// not among the packages this project can install (docs/decisions/0016-receipt-signatures.md).
/// </summary>
public sealed class KeyVaultReceiptSigner : IReceiptSigner
{
    private const string ApiVersion = "api-version=7.4";
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(5);

    private readonly HttpPipeline pipeline;
    private readonly string keyUri;
    private readonly TimeProvider clock;
    private (string Kid, DateTimeOffset Until)? current;
    private (IReadOnlyList<ReceiptKey> Keys, DateTimeOffset Until)? published;

    public KeyVaultReceiptSigner(ReceiptSigningOptions options, TimeProvider clock)
    {
        TokenCredential credential = string.IsNullOrWhiteSpace(options.ClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        pipeline = HttpPipelineBuilder.Build(
            new VaultClientOptions(), new BearerTokenAuthenticationPolicy(credential, "https://vault.azure.net/.default"));
        keyUri = $"{options.KeyVaultUri!.TrimEnd('/')}/keys/{options.KeyName}";
        this.clock = clock;
    }

    public async Task<string> CurrentKidAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (current is { } known && known.Until > now)
        {
            return known.Kid;
        }
        using var key = await SendAsync(RequestMethod.Get, $"{keyUri}?{ApiVersion}", null, cancellationToken);
        var kid = VersionOf(key.RootElement.GetProperty("key").GetProperty("kid").GetString()!);
        current = (kid, now + KeepFor);
        return kid;
    }

    public async Task<byte[]> SignAsync(string kid, byte[] signingInput, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            alg = CompactJws.Algorithm, value = Base64Url.EncodeToString(SHA256.HashData(signingInput)),
        });
        using var signed = await SendAsync(RequestMethod.Post, $"{keyUri}/{kid}/sign?{ApiVersion}", body, cancellationToken);
        return Base64Url.DecodeFromChars(signed.RootElement.GetProperty("value").GetString());
    }

    public async Task<IReadOnlyList<ReceiptKey>> PublicKeysAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (published is { } known && known.Until > now)
        {
            return known.Keys;
        }
        var keys = new List<ReceiptKey>();
        string? next = $"{keyUri}/versions?{ApiVersion}";
        while (next is not null)
        {
            using var page = await SendAsync(RequestMethod.Get, next, null, cancellationToken);
            foreach (var version in page.RootElement.GetProperty("value").EnumerateArray())
            {
                if (!version.GetProperty("attributes").GetProperty("enabled").GetBoolean())
                {
                    continue;
                }
                var kid = VersionOf(version.GetProperty("kid").GetString()!);
                using var key = await SendAsync(RequestMethod.Get, $"{keyUri}/{kid}?{ApiVersion}", null, cancellationToken);
                var jwk = key.RootElement.GetProperty("key");
                keys.Add(new ReceiptKey(kid, jwk.GetProperty("x").GetString()!, jwk.GetProperty("y").GetString()!));
            }
            next = page.RootElement.TryGetProperty("nextLink", out var link) ? link.GetString() : null;
        }
        published = (keys, now + KeepFor);
        return keys;
    }

    private static string VersionOf(string kid) => kid[(kid.LastIndexOf('/') + 1)..];

    private async Task<JsonDocument> SendAsync(
        RequestMethod method, string uri, byte[]? body, CancellationToken cancellationToken)
    {
        using var message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(new Uri(uri));
        message.Request.Headers.Add("Accept", "application/json");
        if (body is not null)
        {
            message.Request.Headers.Add("Content-Type", "application/json");
            message.Request.Content = RequestContent.Create(body);
        }
        await pipeline.SendAsync(message, cancellationToken);
        if (message.Response.IsError)
        {
            throw new RequestFailedException(message.Response);
        }
        return await JsonDocument.ParseAsync(message.Response.ContentStream!, cancellationToken: cancellationToken);
    }

    private sealed class VaultClientOptions : ClientOptions;
}
