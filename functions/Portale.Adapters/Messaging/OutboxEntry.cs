namespace Portale.Adapters.Messaging;

/// <param name="Kind"><c>email</c> or <c>sms</c>.</param>
public sealed record OutboxEntry(string Id, string Kind, string To, string? Subject, string Body, DateTimeOffset SentAt);
