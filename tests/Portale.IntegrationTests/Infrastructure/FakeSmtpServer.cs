using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>
/// A small SMTP server on 127.0.0.1 speaking enough of the protocol (EHLO, AUTH PLAIN/LOGIN, MAIL, RCPT,
/// DATA, QUIT, in clear) for the real PEC sender, with a planned misbehaviour per attempt to a recipient:
/// the tests see what the sender does when the connection fails before or after the server accepted.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SmtpBehaviour>> plans = new(StringComparer.OrdinalIgnoreCase);
    private readonly Task accepting;
    private int queued;

    public FakeSmtpServer()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Messages the server answered 250 to, in order.</summary>
    public ConcurrentQueue<SmtpDelivery> Accepted { get; } = new();

    /// <summary>Messages the server read but dropped the connection on, before answering.</summary>
    public ConcurrentQueue<SmtpDelivery> Unanswered { get; } = new();

    /// <summary>The settings that point the portal's PEC sender at this server.</summary>
    public Dictionary<string, string> Settings() => new()
    {
        ["Portale:Pec:Host"] = "127.0.0.1",
        ["Portale:Pec:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Portale:Pec:Security"] = "none",
        ["Portale:Pec:Sender"] = "portale@pec.example.it",
        ["Portale:Pec:Password"] = "segreta",
    };

    /// <summary>How the next attempts to <paramref name="recipient"/> go, one behaviour per attempt; then Accept.</summary>
    public void Plan(string recipient, params SmtpBehaviour[] behaviours) =>
        plans[recipient] = new ConcurrentQueue<SmtpBehaviour>(behaviours);

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await ConverseAsync(client);
            }
            catch (IOException)
            {
                // The client went away: nothing more to say.
            }
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        async Task Say(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), stop.Token);
        await Say("220 fake.pec.example.it ESMTP");
        var (from, to, behaviour, accepted) = (string.Empty, new List<string>(), SmtpBehaviour.Accept, false);
        while (await reader.ReadLineAsync(stop.Token) is { } line)
        {
            if (accepted && behaviour == SmtpBehaviour.DropAfterAccept)
            {
                // Whatever comes after the 250 (QUIT, as a rule) meets a lost connection.
                Reset(client);
                return;
            }
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await Say("250-fake.pec.example.it");
                    await Say("250-AUTH PLAIN LOGIN");
                    await Say("250 8BITMIME");
                    break;
                case "AUTH" when line.Split(' ') is [_, var mechanism, ..] && mechanism.Equals("LOGIN", StringComparison.OrdinalIgnoreCase):
                    await Say("334 VXNlcm5hbWU6");
                    await reader.ReadLineAsync(stop.Token);
                    await Say("334 UGFzc3dvcmQ6");
                    await reader.ReadLineAsync(stop.Token);
                    await Say("235 2.7.0 Authentication successful");
                    break;
                case "AUTH":
                    if (line.Split(' ').Length < 3)
                    {
                        await Say("334 ");
                        await reader.ReadLineAsync(stop.Token);
                    }
                    await Say("235 2.7.0 Authentication successful");
                    break;
                case "MAIL":
                    from = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>');
                    await Say("250 2.1.0 Ok");
                    break;
                case "RCPT":
                    var recipient = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim(' ', '<', '>');
                    to.Add(recipient);
                    if (plans.TryGetValue(recipient, out var plan) && plan.TryDequeue(out var next))
                    {
                        behaviour = next;
                    }
                    await Say("250 2.1.5 Ok");
                    break;
                case "DATA":
                    await Say("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                    }
                    var delivery = new SmtpDelivery(from, [.. to], data.ToString());
                    if (behaviour == SmtpBehaviour.DropBeforeReply)
                    {
                        Unanswered.Enqueue(delivery);
                        Reset(client);
                        return;
                    }
                    Accepted.Enqueue(delivery);
                    await Say($"250 2.0.0 Ok: queued as Q{Interlocked.Increment(ref queued)}");
                    accepted = true;
                    break;
                case "QUIT":
                    await Say("221 2.0.0 Bye");
                    return;
                case "RSET" or "NOOP":
                    await Say("250 2.0.0 Ok");
                    break;
                default:
                    await Say("502 5.5.2 Command not recognized");
                    break;
            }
        }
    }

    /// <summary>Closes with a TCP reset, as a connection lost mid-conversation.</summary>
    private static void Reset(TcpClient client)
    {
        client.Client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        stop.Dispose();
    }
}
