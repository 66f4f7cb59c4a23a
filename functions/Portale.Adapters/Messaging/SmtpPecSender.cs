using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Portale.Adapters.Messaging;

/// <summary>
/// PEC through the provider's SMTP server with implicit TLS (port 465), authenticated as the portal's
/// mailbox. Many PEC mailboxes refuse mail from non-PEC senders, which is why this does not go through
/// ACS Email. Receipts of acceptance and delivery come back to the sender's mailbox.
/// </summary>
public sealed class SmtpPecSender(PecOptions options) : IPecSender
{
    public async Task SendAsync(PecMessage message, CancellationToken cancellationToken)
    {
        var (host, sender) = (Required(options.Host, "Host"), Required(options.Sender, "Sender"));
        var mime = new MimeMessage { Subject = message.Subject, MessageId = $"{message.Id}@{sender.Split('@')[^1]}" };
        mime.From.Add(MailboxAddress.Parse(sender));
        mime.To.Add(MailboxAddress.Parse(message.To));
        var body = new BodyBuilder { TextBody = message.Body };
        body.Attachments.Add(message.AttachmentName, message.Attachment, ContentType.Parse("application/pdf"));
        mime.Body = body.ToMessageBody();

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(host, options.Port, SecureSocketOptions.SslOnConnect, cancellationToken);
        await smtp.AuthenticateAsync(
            options.Username ?? sender, Required(options.Password, "Password"), cancellationToken);
        await smtp.SendAsync(mime, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"Portale:Pec:{name} is not " +
            "configured: the daily PEC report cannot be sent.") : value;
}
