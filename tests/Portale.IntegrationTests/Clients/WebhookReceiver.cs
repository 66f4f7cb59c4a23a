using System.Collections.Concurrent;
using System.Net;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Clients;

/// <summary>A company's receiving end on loopback: records each POST and answers as the test tells it.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(string Body, string Signature, string Event, string Delivery);

    private readonly HttpListener listener = new();
    private readonly Task loop;

    public WebhookReceiver()
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}/hook/";
        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>What the next requests get: a status, after an optional pause.</summary>
    public Func<Task<int>> Answer { get; set; } = () => Task.FromResult(200);

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (!listener.IsListening)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                using var reader = new StreamReader(context.Request.InputStream);
                var body = await reader.ReadToEndAsync();
                Requests.Enqueue(new Received(body, context.Request.Headers["Portale-Signature"] ?? "",
                    context.Request.Headers["Portale-Event"] ?? "", context.Request.Headers["Portale-Delivery"] ?? ""));
                try
                {
                    context.Response.StatusCode = await Answer();
                    context.Response.Close();
                }
                catch (Exception) when (!listener.IsListening)
                {
                }
                catch (HttpListenerException)
                {
                    // The portal gave up waiting (its timeout) and closed the connection.
                }
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
    }
}
