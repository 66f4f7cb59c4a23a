namespace Portale.Adapters.Messaging;

/// <param name="ContentBase64">Null when the file was too large to keep in the outbox (over 900 KB).</param>
public sealed record OutboxAttachment(string Name, int Size, string? ContentBase64);
