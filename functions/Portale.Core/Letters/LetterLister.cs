namespace Portale.Core.Letters;

/// <summary>
/// Section lists. The default order (newest first) reads only one page from the section index and
/// the total from counters, so its cost does not grow with the company's letters. Free text and
/// other sorts read the section's index rows (one partition range, all in storage order) and sort
/// in memory: fine up to tens of thousands of letters per section (see docs/api.md).
/// </summary>
public sealed class LetterLister(ILetterStore store, ResponseSla sla, TimeProvider clock)
{
    public async Task<Page<Letter>> ListAsync(string companyId, LetterQuery query, CancellationToken cancellationToken)
    {
        var today = RomeTime.Today(clock);
        if (query.IsIndexed)
        {
            var pageTask = store.ReadNewestFirstAsync(
                companyId, query.Section, query.Filter, today, query.Cursor?.After, query.PageSize, cancellationToken);
            var totalTask = store.CountAsync(companyId, query.Section, query.Filter, today, cancellationToken);
            var page = await pageTask;
            var next = page.After is null ? null : new PageCursor(page.After, 0, query.Fingerprint).Encode();
            return new Page<Letter>(page.Items, next, await totalTask);
        }
        var all = new List<Letter>();
        await foreach (var letter in store.ReadSectionAsync(
            companyId, query.Section, query.Filter, today, cancellationToken))
        {
            if (query.Filter.Matches(letter))
            {
                all.Add(letter);
            }
        }
        var offset = query.Cursor?.Offset ?? 0;
        var items = LetterSortFields.Apply(all, query.Sort, sla).Skip(offset).Take(query.PageSize).ToList();
        var nextOffset = offset + items.Count;
        var cursor = nextOffset < all.Count ? new PageCursor(null, nextOffset, query.Fingerprint).Encode() : null;
        return new Page<Letter>(items, cursor, all.Count);
    }
}
