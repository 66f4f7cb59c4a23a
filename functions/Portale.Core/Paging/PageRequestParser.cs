namespace Portale.Core.Paging;

/// <summary>
/// The query parameters <c>pageSize</c> and <c>cursor</c> of every list, checked the same way: a size
/// of 10, 25, 50 or 100 (10 when absent), and a cursor that this list issued for this very query.
/// </summary>
public static class PageRequestParser
{
    public const string SizeInvalid = "page-size-invalid";
    public const string CursorInvalid = "cursor-invalid";
    public const int DefaultSize = 10;

    public static readonly IReadOnlyList<int> Sizes = [10, 25, 50, 100];

    /// <param name="fingerprint">The query the cursor must belong to, for the page size asked.</param>
    /// <param name="keyed">True for a list read after a storage key, false for one read at an offset.</param>
    public static PageRequest Parse(string? pageSize, string? cursor, Func<int, string> fingerprint, bool keyed)
    {
        var size = ParseSize(pageSize);
        return new PageRequest(size, ParseCursor(cursor, fingerprint(size), keyed));
    }

    /// <summary>The size asked for, or a refusal <see cref="SizeInvalid"/> of the field <c>pageSize</c>.</summary>
    public static int ParseSize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return DefaultSize;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && Sizes.Contains(size)
            ? size
            : throw RefusalException.Field(SizeInvalid, "pageSize",
                "Numero di elementi per pagina non valido: valori ammessi 10, 25, 50, 100.");
    }

    /// <summary>
    /// The cursor (null when absent), or a refusal <see cref="CursorInvalid"/> of the field <c>cursor</c>
    /// when it does not decode, belongs to another query, or is not of the list's form.
    /// </summary>
    public static PageCursor? ParseCursor(string? text, string fingerprint, bool keyed)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (!PageCursor.TryDecode(text, fingerprint, out var cursor) || (cursor!.After is not null) != keyed)
        {
            throw RefusalException.Field(CursorInvalid, "cursor",
                "Il cursore di pagina non è valido o appartiene a un'altra ricerca: ripartire dalla prima pagina.");
        }
        return cursor;
    }
}
