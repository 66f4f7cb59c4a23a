namespace Portale.Core.Letters.Search;

/// <summary>A validated "Ricerca lettere" request: the filters, the page size and where the page starts.</summary>
public sealed record LetterSearchQuery(LetterSearchCriteria Criteria, int PageSize, int Offset)
{
    public string Fingerprint => $"search|{Criteria.Fingerprint}|{PageSize}";
}
