namespace Portale.Core.Messaging;

/// <summary>The messages kept after sending (the development outbox): the clean-up purges old ones.</summary>
public interface ISentMessages
{
    /// <summary>Deletes the messages sent before <paramref name="sentBefore"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken);
}
