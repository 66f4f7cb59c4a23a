namespace Portale.Functions.Webhooks;

/// <summary>A webhook as the referent and the client see it: never its signing secret after registration.</summary>
public sealed record WebhookJson(
    string Url, DateTimeOffset RegisteredAt, string? Cursor, int FailedAttempts, DateTimeOffset? NextAttemptAt,
    bool Stopped)
{
    public static WebhookJson From(WebhookEndpoint e) =>
        new(e.Url, e.RegisteredAt, e.Cursor, e.FailedAttempts, e.NextAttemptAt, e.Stopped);
}
