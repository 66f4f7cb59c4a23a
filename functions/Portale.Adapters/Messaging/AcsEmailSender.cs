namespace Portale.Adapters.Messaging;

/// <summary>
/// ACS Email REST (<c>POST {endpoint}/emails:send?api-version=2023-03-31</c>); Operation-Id = the
/// message id, so a retry is not a second email.
/// </summary>
public sealed class AcsEmailSender(AcsClient client, AcsOptions options) : IEmailSender
{
    public const string ApiVersion = "2023-03-31";

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var headers =
            new Dictionary<string, string> { ["Operation-Id"] = message.Id, ["x-ms-client-request-id"] = message.Id };
        using var response = await client.SendAsync(
            options.EmailEndpoint, "Portale:Email:Endpoint", $"emails:send?api-version={ApiVersion}", Payload(message),
            headers,
            "email", cancellationToken);
    }

    private object Payload(EmailMessage message) => new
    {
        senderAddress = AcsClient.Required(options.EmailSender, "Portale:Email:Sender"),
        recipients = new { to = new[] { new { address = message.To } } },
        content = new { subject = message.Subject, plainText = message.Body },
        userEngagementTrackingDisabled = true,
    };
}
