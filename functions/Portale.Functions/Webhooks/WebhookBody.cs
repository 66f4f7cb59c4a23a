namespace Portale.Functions.Webhooks;

/// <summary>A webhook's registration: the HTTPS URL and, optionally, the feed cursor to deliver from.</summary>
public sealed record WebhookBody(string? Url, string? Cursor);
