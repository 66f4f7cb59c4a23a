namespace Portale.Core.Accounts.Texts;

/// <summary>Sends an account email or SMS through the ports.</summary>
public sealed class AccountMessenger(IEmailSender email, ISmsSender sms)
{
    public Task EmailAsync(string to, (string Subject, string Body) text, CancellationToken cancellationToken) =>
        email.SendAsync(new EmailMessage(Guid.NewGuid().ToString(), to, text.Subject, text.Body), cancellationToken);

    public Task EmailAsync(UserAccount user, (string Subject, string Body) text, CancellationToken cancellationToken) =>
        EmailAsync(user.Email, text, cancellationToken);

    public Task SmsAsync(string to, string text, CancellationToken cancellationToken) =>
        sms.SendAsync(new SmsMessage(Guid.NewGuid().ToString(), to, text), cancellationToken);
}
