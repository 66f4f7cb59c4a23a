namespace Portale.Adapters.Messaging;

/// <summary>
/// Azure Communication Services settings (<c>Portale:Email:*</c>,
/// <c>Portale:Sms:*</c>, <c>Portale:Messaging:AccessKey</c>).
/// </summary>
public sealed class AcsOptions
{
    public string? EmailEndpoint { get; set; }
    public string? EmailSender { get; set; }
    public string? SmsEndpoint { get; set; }
    public string? SmsFrom { get; set; }

    /// <summary>ACS access key (Base64) for HMAC signing; empty → Entra ID bearer tokens (managed identity).</summary>
    public string? AccessKey { get; set; }
}
