using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>
/// A local stand-in for Azure Communication Services: accepts Email and SMS REST calls only when the
/// HMAC-SHA256 signature, recomputed here from the body and headers, is right; keeps what it got.
/// </summary>
public sealed class FakeAcs : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeAcs(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public static string AccessKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public Uri Address { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public sealed record Received(string Path, string Query, JsonElement Body, bool SignatureValid, IReadOnlyDictionary<string, string> Headers);

    public static async Task<FakeAcs> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeAcs? fake = null;
        app.Run(async context => await fake!.HandleAsync(context));
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        fake = new FakeAcs(app, address);
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var valid = SignatureIsValid(context.Request, body);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Requests.Enqueue(new Received(context.Request.Path, context.Request.QueryString.Value ?? string.Empty, json, valid, headers));
        if (!valid)
        {
            context.Response.StatusCode = 401;
            return;
        }
        context.Response.StatusCode = 202;
        if (context.Request.Path.Value!.EndsWith("/sms", StringComparison.Ordinal))
        {
            var to = json.GetProperty("smsRecipients")[0].GetProperty("to").GetString();
            await context.Response.WriteAsJsonAsync(new { value = new[] { new { to, messageId = Guid.NewGuid().ToString(), httpStatusCode = 202, successful = true } } });
        }
        else
        {
            await context.Response.WriteAsJsonAsync(new { id = Guid.NewGuid().ToString(), status = "Running" });
        }
    }

    private static bool SignatureIsValid(HttpRequest request, byte[] body)
    {
        var date = request.Headers["x-ms-date"].ToString();
        var contentHash = request.Headers["x-ms-content-sha256"].ToString();
        var authorization = request.Headers.Authorization.ToString();
        if (contentHash != Convert.ToBase64String(SHA256.HashData(body)) || !DateTimeOffset.TryParse(date, out var sent)
            || Math.Abs((DateTimeOffset.UtcNow - sent).TotalMinutes) > 15)
        {
            return false;
        }
        var toSign = $"{request.Method}\n{request.Path}{request.QueryString}\n{date};{request.Host};{contentHash}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(AccessKey), Encoding.ASCII.GetBytes(toSign)));
        return authorization == $"HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}";
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
