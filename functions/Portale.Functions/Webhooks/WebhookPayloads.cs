using System.Text.Json;
using Portale.Functions.Feed;

namespace Portale.Functions.Webhooks;

/// <summary>A webhook's body is the feed item exactly as <c>GET /companies/{c}/changes</c> writes it.</summary>
public sealed class WebhookPayloads : IWebhookPayloads
{
    public string Of(ChangeItem item) => JsonSerializer.Serialize(ChangeJson.From(item, forCompany: true), PortaleJson.Options);
}
