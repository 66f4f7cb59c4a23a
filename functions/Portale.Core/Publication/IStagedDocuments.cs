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

    /// <summary>
    /// Moves the documents from pending to published; finishes what an interrupted run left half done.
    /// </summary>
    Task MarkPublishedAsync(
        IReadOnlyList<T> documents, DateTimeOffset publishedAt, CancellationToken cancellationToken);
}
