using Microsoft.Extensions.Configuration;
using System.Net;
using System.Net.Sockets;

namespace Portale.Adapters.Clients;

/// <summary>
/// POSTs webhooks with a timeout (<c>Portale:Webhooks:TimeoutSeconds</c>, 10 by default) and no redirects.
/// The address is checked when the connection is made, after DNS, so a name that resolves (or is
/// re-pointed) to a private address is refused (SSRF); loopback is allowed in Development only.
/// </summary>
public sealed class HttpWebhookSender : IWebhookSender, IDisposable
{
    private readonly HttpClient http;

    public HttpWebhookSender(IConfiguration configuration, bool development)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var allowed = addresses.Where(a => WebhookUrl.IsPublic(a) || development && IPAddress.IsLoopback(a)).ToArray();
                if (allowed.Length == 0 || allowed.Length != addresses.Length)
                {
                    throw new HttpRequestException(WebhookUrl.PrivateAddress);
                }
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        http = new HttpClient(handler)
        {
            Timeout = TimeSpan.FromSeconds(configuration.GetValue("Portale:Webhooks:TimeoutSeconds", 10)),
        };
    }

    public async Task<string?> SendAsync(
        string url, string body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "timeout";
        }
        catch (HttpRequestException ex)
        {
            return ex.InnerException is HttpRequestException inner ? inner.Message : ex.Message;
        }
    }

    public void Dispose() => http.Dispose();
}
