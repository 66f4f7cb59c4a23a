namespace Portale.Core.Letters.Search;

/// <summary>
/// A validated "Ricerca lettere" request: the filters, the page size and, from a cursor, where the page starts
/// (<see cref="After"/>, a position of the store's order) and how many results came before it.
/// </summary>
public sealed record LetterSearchQuery(LetterSearchCriteria Criteria, int PageSize, string? After = null, int Before = 0)
{
    public string Fingerprint => $"search|{Criteria.Fingerprint}|{PageSize}";
}
