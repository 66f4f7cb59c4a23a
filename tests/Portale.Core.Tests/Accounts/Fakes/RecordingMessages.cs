using System.Collections.Concurrent;
using Portale.Core.Messaging;

namespace Portale.Core.Tests.Accounts.Fakes;

internal sealed class RecordingMessages : IEmailSender, ISmsSender
{
    public ConcurrentQueue<EmailMessage> Emails { get; } = new();
    public ConcurrentQueue<SmsMessage> Sms { get; } = new();

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Emails.Enqueue(message);
        return Task.CompletedTask;
    }

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        Sms.Enqueue(message);
        return Task.CompletedTask;
    }
}
