namespace Portale.Functions.Problems;

/// <summary>The <c>cursor</c> and the checked <c>pageSize</c> of a list request keyed by its store's rows.</summary>
public static class PageQuery
{
    public static string? Cursor(HttpRequest request) =>
        request.Query["cursor"].ToString() is { Length: > 0 } cursor ? cursor : null;

    public static int Size(HttpRequest request) => PageRequestParser.ParseSize(request.Query["pageSize"]);
}
