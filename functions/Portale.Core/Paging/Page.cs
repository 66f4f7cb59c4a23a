namespace Portale.Core.Paging;

/// <summary>
/// One page of a list as the API returns it: <c>{ items, nextCursor, total }</c> (no next page: null).
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor, int Total);
