namespace Portale.Core.Publication;

/// <summary>Letters waiting for the nightly loading, and the names ever staged (a name is used once).</summary>
public interface IStagedLetters : IStagedDocuments<StagedLetter>
{
    /// <summary>A letter the nightly loading has published (its TO and CC companies), or null.</summary>
    Task<StagedLetter?> FindPublishedAsync(string name, CancellationToken cancellationToken);

    /// <summary><see cref="StagingOutcome.NameTaken"/> when the name is already staged or published.</summary>
    Task<StagingOutcome> TryAddAsync(StagedLetter letter, CancellationToken cancellationToken);
}
