namespace Portale.Core.Letters.Search;

/// <summary>
/// "Ricerca lettere" (manual 6.8): one company's online letters, whatever their section, that match every
/// filter, newest first. The store hands candidates over in that order, narrowed by storage (see docs/api.md),
/// and this applies every filter again: the page is the first <see cref="LetterSearchQuery.PageSize"/>
/// matches after the cursor, and the rest are only counted for the total, so memory holds one page whatever
/// the company's size. The total is the results before the cursor (carried by it) plus those from it on.
/// Sorted on a column, every result is held and sorted (as a section list with Cerca, <see cref="LetterLister"/>),
/// and pages are offsets into that order.
/// </summary>
public sealed class LetterSearcher(ILetterSearchStore store, ResponseSla sla, TimeProvider clock)
{
    public async Task<Page<Letter>> SearchAsync(
        string companyId, LetterSearchQuery query, CancellationToken cancellationToken)
    {
        var today = RomeTime.Today(clock);
        if (!query.Order.IsDefault)
        {
            return await SortedAsync(companyId, query, today, cancellationToken);
        }
        var items = new List<Letter>(query.PageSize);
        string? last = null;
        var afterPage = 0;
        await foreach (var candidate in store.ReadNewestFirstAsync(
            companyId, query.Criteria, today, query.After, cancellationToken))
        {
            var letter = candidate.Letter;
            if (!letter.IsOnline(today) || !query.Criteria.Matches(letter))
            {
                continue;
            }
            if (items.Count < query.PageSize)
            {
                items.Add(letter);
                last = candidate.Position;
            }
            else
            {
                afterPage++;
            }
        }
        var shown = query.Before + items.Count;
        var cursor = afterPage > 0 ? new PageCursor(last, shown, query.Fingerprint).Encode() : null;
        return new Page<Letter>(items, cursor, shown + afterPage);
    }

    private async Task<Page<Letter>> SortedAsync(
        string companyId, LetterSearchQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        var all = new List<Letter>();
        var candidates = store.ReadNewestFirstAsync(companyId, query.Criteria, today, null, cancellationToken);
        await foreach (var candidate in candidates)
        {
            if (candidate.Letter.IsOnline(today) && query.Criteria.Matches(candidate.Letter))
            {
                all.Add(candidate.Letter);
            }
        }
        var items = LetterSortFields.Apply(all, query.Order, sla).Skip(query.Before).Take(query.PageSize).ToList();
        var shown = query.Before + items.Count;
        var cursor = shown < all.Count ? new PageCursor(null, shown, query.Fingerprint).Encode() : null;
        return new Page<Letter>(items, cursor, all.Count);
    }
}
