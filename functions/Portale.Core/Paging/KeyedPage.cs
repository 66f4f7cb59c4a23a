namespace Portale.Core.Paging;

/// <summary>Rows read in storage-key order, and the key to continue after (null at the end).</summary>
public sealed record KeyedPage<T>(IReadOnlyList<T> Items, string? After);
