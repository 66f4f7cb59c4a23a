namespace Portale.Functions.Problems;

/// <summary>The one shape of a page of a list: <c>{ items, nextCursor, total }</c>.</summary>
public static class PageJson
{
    public static OkObjectResult Of<T>(IEnumerable<T> items, string? nextCursor, int total) =>
        new(new { items, nextCursor, total });
}
