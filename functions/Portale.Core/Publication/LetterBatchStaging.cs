namespace Portale.Core.Publication;

/// <summary>
/// Stages many letters in one call (issue 13): each entry goes through <see cref="LetterStaging"/>, the one
/// way a letter is staged, so each is all-or-nothing with single staging's checks, and one refused letter
/// leaves the others staged. The batch's own limits are checked before any letter is.
/// </summary>
public sealed class LetterBatchStaging(LetterStaging letters)
{
    public const int MaxLetters = 200;

    /// <summary>The whole request: the Functions host's own cap on a request body (100 MiB).</summary>
    public const int MaxBodyBytes = 100 * 1024 * 1024;

    /// <summary>The manifest's JSON: a few hundred bytes per letter.</summary>
    public const int MaxManifestBytes = 1024 * 1024;

    public const string TooManyLettersCode = "batch-too-many-letters";

    public static RefusalException TooManyLetters() => RefusalException.Field(TooManyLettersCode, "manifest",
        $"Il manifest elenca più di {MaxLetters} lettere: dividere l'invio in più lotti.");

    public async Task<IReadOnlyList<BatchOutcome>> StageAsync(
        IReadOnlyList<BatchLetter> batch, string stagedBy, CancellationToken cancellationToken)
    {
        if (batch.Count > MaxLetters)
        {
            throw TooManyLetters();
        }
        var outcomes = new List<BatchOutcome>(batch.Count);
        foreach (var entry in batch)
        {
            if (entry.Unreadable is { } unreadable)
            {
                outcomes.Add(new BatchOutcome(entry.File, null, unreadable));
                continue;
            }
            try
            {
                var staged = await letters.StageAsync(
                    entry.File, entry.Content, entry.Fields, stagedBy, cancellationToken);
                outcomes.Add(new BatchOutcome(staged.Name, staged, null));
            }
            catch (RefusalException refusal)
            {
                outcomes.Add(new BatchOutcome(entry.File, null, refusal));
            }
        }
        return outcomes;
    }
}
