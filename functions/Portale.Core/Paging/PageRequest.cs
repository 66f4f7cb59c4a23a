namespace Portale.Core.Paging;

/// <summary>A validated page request: how many items, and where the page starts (null: the first page).</summary>
public sealed record PageRequest(int Size, PageCursor? Cursor);
