using System.Net;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Portale.Adapters.Messaging;

/// <summary>
/// PEC through the provider's SMTP server with implicit TLS (port 465), authenticated as the portal's
/// mailbox. Many PEC mailboxes refuse mail from non-PEC senders, which is why this does not go through
/// ACS Email. Receipts of acceptance and delivery come back to the sender's mailbox. Once the server has
/// accepted the message (250 after DATA) it is sent: a failure while saying QUIT or closing the
/// connection is not a failed send, or the report would go out again.
/// </summary>
public sealed class SmtpPecSender(PecOptions options) : IPecSender
{
    public async Task<string?> SendAsync(PecMessage message, CancellationToken cancellationToken)
    {
        var (host, sender) = (Required(options.Host, "Host"), Required(options.Sender, "Sender"));
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{message.Id}@{sender.Split('@')[^1]}" };
        mime.From.Add(MailboxAddress.Parse(sender));
        mime.To.Add(MailboxAddress.Parse(message.To));
        var body = new BodyBuilder { TextBody = message.Body };
        body.Attachments.Add(message.AttachmentName, message.Attachment, ContentType.Parse("application/pdf"));
        mime.Body = body.ToMessageBody();

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(host, options.Port, Security(host), cancellationToken);
        await smtp.AuthenticateAsync(
            options.Username ?? sender, Required(options.Password, "Password"), cancellationToken);
        var reply = await smtp.SendAsync(mime, cancellationToken);
        try
        {
            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is IOException or ProtocolException or SmtpCommandException
            or System.Net.Sockets.SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Accepted already: the message is on its way whatever happens to this connection.
        }
        return reply;
    }

    /// <summary>
    /// Implicit TLS, always, except to a server on this machine when <c>Portale:Pec:Security</c> is
    /// <c>none</c> (a test's fake server): never in clear over a network.
    /// </summary>
    private SecureSocketOptions Security(string host)
    {
        if (!string.Equals(options.Security, "none", StringComparison.OrdinalIgnoreCase))
        {
            return SecureSocketOptions.SslOnConnect;
        }
        return host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address))
            ? SecureSocketOptions.None
            : throw new InvalidOperationException("Portale:Pec:Security = none is allowed only for a PEC server on " +
                "this machine (localhost, 127.0.0.1).");
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"Portale:Pec:{name} is not " +
            "configured: the daily PEC report cannot be sent.") : value;
}
