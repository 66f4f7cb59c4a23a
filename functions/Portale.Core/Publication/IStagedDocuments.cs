namespace Portale.Core.Publication;

/// <summary>
/// Documents of one kind waiting for the nightly loading, and those it published: a name staged
/// or published once is never staged again.
/// </summary>
public interface IStagedDocuments<T>
    where T : IStagedDocument
{
    Task<bool> IsKnownAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<T>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>A page of what the next nightly loading publishes, in name order after <paramref name="after"/>.</summary>
    Task<KeyedPage<T>> PendingPageAsync(string? after, int take, CancellationToken cancellationToken);

    /// <summary>How many documents the next nightly loading publishes.</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken);

    /// <summary>Removes a pending document (and what it holds beside it) unless the loading published it.</summary>
    Task<Withdrawal<T>> WithdrawAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the documents from pending to published; finishes what an interrupted run left half done.
    /// </summary>
    Task MarkPublishedAsync(
        IReadOnlyList<T> documents, DateTimeOffset publishedAt, CancellationToken cancellationToken);
}
