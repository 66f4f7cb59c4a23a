namespace Portale.Core.Publication;

/// <summary>Letters waiting for the nightly loading, and the names ever staged (a name is used once).</summary>
public interface IStagedLetters
{
    Task<bool> IsKnownAsync(string name, CancellationToken cancellationToken);

    /// <summary>A letter the nightly loading has published (its TO and CC companies), or null.</summary>
    Task<StagedLetter?> FindPublishedAsync(string name, CancellationToken cancellationToken);

    /// <summary>Returns false when the name is already staged or published.</summary>
    Task<bool> TryAddAsync(StagedLetter letter, CancellationToken cancellationToken);

    Task<IReadOnlyList<StagedLetter>> PendingAsync(CancellationToken cancellationToken);

    Task MarkPublishedAsync(IReadOnlyList<StagedLetter> letters, DateTimeOffset publishedAt, CancellationToken cancellationToken);
}
