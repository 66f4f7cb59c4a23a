using System.Net.Http.Json;
using System.Text.Json;

namespace Portale.Adapters.Messaging;

/// <summary>
/// ACS SMS REST (<c>POST {endpoint}/sms?api-version=2021-03-07</c>); every recipient's outcome is checked.
/// </summary>
public sealed class AcsSmsSender(AcsClient client, AcsOptions options) : ISmsSender
{
    public const string ApiVersion = "2021-03-07";

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var payload = new
        {
            from = AcsClient.Required(options.SmsFrom, "Portale:Sms:From"),
            smsRecipients = new[]
            {
                new
                {
                    to = message.To,
                    repeatabilityRequestId = RepeatabilityId(message.Id),
                    repeatabilityFirstSent =
                        AcsClient.WireClock.GetUtcNow().UtcDateTime.ToString("r", CultureInfo.InvariantCulture),
                },
            },
            message = message.Text,
            smsSendOptions = new { enableDeliveryReport = false },
        };
        using var response = await client.SendAsync(
            options.SmsEndpoint, "Portale:Sms:Endpoint", $"sms?api-version={ApiVersion}", payload,
            new Dictionary<string, string>(),
            "SMS", cancellationToken);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        foreach (var item in result.GetProperty("value").EnumerateArray())
        {
            if (!item.GetProperty("successful").GetBoolean())
            {
                throw new InvalidOperationException("ACS SMS to a recipient failed: " +
                    $"{item.GetProperty("httpStatusCode")} " +
                        $"{(item.TryGetProperty("errorMessage", out var e) ? e.GetString() : null)}");
            }
        }
    }

    private static string RepeatabilityId(string id) =>
        Guid.TryParse(id, out var guid) ? guid.ToString() : Guid.NewGuid().ToString();
}
