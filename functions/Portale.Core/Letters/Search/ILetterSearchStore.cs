namespace Portale.Core.Letters.Search;

/// <summary>Reads one company's letters for "Ricerca lettere", whatever their section.</summary>
public interface ILetterSearchStore
{
    /// <summary>
    /// The letters of the company that may match <paramref name="criteria"/> and are online on
    /// <paramref name="today"/>, newest first (Data Pubblicazione, then name), from just after the position
    /// <paramref name="after"/> (one it returned before; null from the start), read as they are consumed. The
    /// store narrows the read with what storage can compare; it may return letters that do not match (the
    /// caller applies every filter again), never omit one that does.
    /// </summary>
    IAsyncEnumerable<LetterSearchCandidate> ReadNewestFirstAsync(
        string companyId, LetterSearchCriteria criteria, DateOnly today, string? after,
        CancellationToken cancellationToken);
}
