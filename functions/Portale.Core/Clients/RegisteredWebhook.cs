namespace Portale.Core.Clients;

/// <summary>A webhook just registered, with the secret its receiver verifies signatures with.</summary>
public sealed record RegisteredWebhook(WebhookEndpoint Endpoint, string SigningSecret);
