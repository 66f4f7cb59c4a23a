using Microsoft.Extensions.Configuration;

namespace Portale.Adapters.Messaging;

/// <summary>Azure Communication Services settings, as configured.</summary>
/// <param name="AccessKey">
/// ACS access key (Base64) for HMAC signing; empty → Entra ID bearer tokens (managed identity).
/// </param>
public sealed record AcsOptions(
    string? EmailEndpoint, string? EmailSender, string? SmsEndpoint, string? SmsFrom, string? AccessKey)
{
    /// <summary>From <c>Portale:Email:*</c>, <c>Portale:Sms:*</c> and <c>Portale:Messaging:AccessKey</c>.</summary>
    public static AcsOptions From(IConfiguration configuration) => new(
        configuration["Portale:Email:Endpoint"], configuration["Portale:Email:Sender"],
        configuration["Portale:Sms:Endpoint"], configuration["Portale:Sms:From"],
        configuration["Portale:Messaging:AccessKey"]);
}
