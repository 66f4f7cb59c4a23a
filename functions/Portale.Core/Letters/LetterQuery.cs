namespace Portale.Core.Letters;

/// <summary>A validated section list request.</summary>
public sealed record LetterQuery(
    Section Section, LetterFilter Filter, LetterSort Sort, int PageSize, PageCursor? Cursor)
{
    /// <summary>Served from the section index in publication order: no free text and the default sort.</summary>
    public bool IsIndexed => string.IsNullOrEmpty(Filter.Text) && Sort.IsDefault;

    /// <summary>Ties a cursor to the query it came from, so it cannot be replayed against another one.</summary>
    public string Fingerprint =>
        $"{SectionNames.Of(Section)}|{Filter.ServiceType}|{Filter.Recipient}|{Filter.Text}|{Sort}|{PageSize}";
}
