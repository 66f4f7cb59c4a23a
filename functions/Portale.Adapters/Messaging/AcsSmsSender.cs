using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Portale.Core.Messaging;

namespace Portale.Adapters.Messaging;

/// <summary>ACS SMS REST (<c>POST {endpoint}/sms?api-version=2021-03-07</c>); every recipient's outcome is checked.</summary>
public sealed class AcsSmsSender(AcsClient client, AcsOptions options) : ISmsSender
{
    public const string ApiVersion = "2021-03-07";

    public async Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        var endpoint = options.SmsEndpoint ?? throw new InvalidOperationException("Portale:Sms:Endpoint is not set.");
        var uri = new Uri($"{endpoint.TrimEnd('/')}/sms?api-version={ApiVersion}");
        var payload = new
        {
            from = options.SmsFrom ?? throw new InvalidOperationException("Portale:Sms:From is not set."),
            smsRecipients = new[]
            {
                new
                {
                    to = message.To,
                    repeatabilityRequestId = RepeatabilityId(message.Id),
                    repeatabilityFirstSent = AcsClient.WireClock.GetUtcNow().UtcDateTime.ToString("r", CultureInfo.InvariantCulture),
                },
            },
            message = message.Text,
            smsSendOptions = new { enableDeliveryReport = false },
        };
        using var response = await client.PostAsync(uri, payload, new Dictionary<string, string>(), cancellationToken);
        await AcsClient.EnsureAcceptedAsync(response, "SMS", cancellationToken);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        foreach (var item in result.GetProperty("value").EnumerateArray())
        {
            if (!item.GetProperty("successful").GetBoolean())
            {
                throw new InvalidOperationException($"ACS SMS to a recipient failed: {item.GetProperty("httpStatusCode")} {(item.TryGetProperty("errorMessage", out var e) ? e.GetString() : null)}");
            }
        }
    }

    private static string RepeatabilityId(string id) => Guid.TryParse(id, out var guid) ? guid.ToString() : Guid.NewGuid().ToString();
}
