namespace Portale.Core.Feed;

/// <summary>
/// Reads a feed a page at a time. Positions are item numbers, which have no gaps and are committed in
/// order, so a page that ends at number n has seen every item up to n and the next page starts after
/// it: no item is missed or repeated, however many are recorded meanwhile and however long the cursor
/// waits. Filters are applied by storage over windows of consecutive numbers; a request looks at most
/// <see cref="MaxScanned"/> numbers, so a narrow filter may return a short page with
/// <see cref="ChangeFeedPage.HasMore"/> set. Without a filter a request reads exactly the page's numbers,
/// so what a page holds in memory and reads from storage is the page, however long the feed.
/// </summary>
public sealed class ChangeFeedReader(IChangeFeed feed)
{
    public const int Window = 1000;
    public const int MaxScanned = 5000;

    public async Task<ChangeFeedPage> ReadAsync(ChangeFeedQuery query, CancellationToken cancellationToken)
    {
        var head = await feed.HeadAsync(query.CompanyId, cancellationToken);
        var items = new List<ChangeItem>(query.PageSize);
        var ascending = query.Order == FeedOrder.Ascending;
        // Ascending: the last number seen; descending: the first number not yet seen from above.
        var position = Math.Clamp(query.Position ?? (ascending ? 0 : head + 1), 0, head + 1);
        var scanned = 0;
        while (items.Count < query.PageSize && scanned < MaxScanned && (ascending ? position < head : position > 1))
        {
            // Unfiltered, the numbers still missing are exactly the items: storage returns no more than the page.
            var window = query.Filter.IsNone ? query.PageSize - items.Count : Window;
            var (from, to) = ascending
                ? (position + 1, Math.Min(head, position + window))
                : (Math.Max(1, position - window), position - 1);
            var found = await feed.ReadAsync(query.CompanyId, from, to, query.Filter, cancellationToken);
            scanned += (int)(to - from + 1);
            position = ascending ? to : from;
            foreach (var item in ascending ? found : found.Reverse())
            {
                if (items.Count == query.PageSize)
                {
                    position = NumberOf(items[^1], query);
                    break;
                }
                items.Add(item);
            }
        }
        var cursor = new PageCursor(position.ToString(CultureInfo.InvariantCulture), 0, query.Fingerprint).Encode();
        return new ChangeFeedPage(items, cursor, ascending ? position < head : position > 1, head);
    }

    private static long NumberOf(ChangeItem item, ChangeFeedQuery query) =>
        query.CompanyId is null ? item.GlobalSequence ?? 0 : item.Sequence;
}
