namespace Portale.Core.Feed;

/// <summary>
/// A page of a feed: its items, the cursor to read on from (never null: at the end it is where the next
/// items will appear), whether more items are there now, and the number of the feed's newest item.
/// </summary>
public sealed record ChangeFeedPage(IReadOnlyList<ChangeItem> Items, string NextCursor, bool HasMore, long Head);
