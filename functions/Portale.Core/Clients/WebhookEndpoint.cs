namespace Portale.Core.Clients;

/// <summary>
/// Where a client receives its company's feed: the URL, how far delivery got (the feed's cursor; null:
/// from the registration on) and, after failures, when to try again. Stopped after
/// <see cref="WebhookDispatcher.MaxAttempts"/> failures in a row, until registered again.
/// </summary>
public sealed record WebhookEndpoint(
    string ClientId,
    string CompanyId,
    string Url,
    DateTimeOffset RegisteredAt,
    string? Cursor,
    int FailedAttempts = 0,
    DateTimeOffset? NextAttemptAt = null,
    bool Stopped = false);
