namespace Portale.Core.Letters.Search;

/// <summary>Reads one company's letters for "Ricerca lettere", whatever their section.</summary>
public interface ILetterSearchStore
{
    /// <summary>
    /// Every letter of the company that may match <paramref name="criteria"/> and is online on
    /// <paramref name="today"/>. The store narrows the read with what storage can compare; it may return
    /// letters that do not match (the caller applies every filter again), never omit one that does.
    /// </summary>
    IAsyncEnumerable<Letter> ReadCandidatesAsync(
        string companyId, LetterSearchCriteria criteria, DateOnly today, CancellationToken cancellationToken);
}
