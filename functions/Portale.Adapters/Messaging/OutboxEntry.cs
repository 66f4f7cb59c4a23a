namespace Portale.Adapters.Messaging;

/// <param name="Kind"><c>email</c>, <c>sms</c> or <c>pec</c>.</param>
/// <param name="Attachment">The PEC's attachment; null for email and SMS.</param>
public sealed record OutboxEntry(
    string Id, string Kind, string To, string? Subject, string Body, DateTimeOffset SentAt,
    OutboxAttachment? Attachment = null);
