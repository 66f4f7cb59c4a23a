namespace Portale.Core.Letters.Search;

/// <summary>
/// A validated "Ricerca lettere" request: the filters, the order, the page size and, from a cursor, where the page
/// starts: newest first, <see cref="After"/> (a position of the store's order) and how many results came before it;
/// in another order, <see cref="Before"/> alone (an offset into the sorted results).
/// </summary>
public sealed record LetterSearchQuery(
    LetterSearchCriteria Criteria, int PageSize, string? After = null, int Before = 0, LetterSort? Sort = null)
{
    public LetterSort Order => Sort ?? LetterSort.Default;

    public string Fingerprint => $"search|{Criteria.Fingerprint}|{Order}|{PageSize}";
}
