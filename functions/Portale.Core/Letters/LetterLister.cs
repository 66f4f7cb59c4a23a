using System.Runtime.CompilerServices;

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
        var all = await MatchingAsync(companyId, query.Section, query.Filter, today, cancellationToken);
        var offset = query.Cursor?.Offset ?? 0;
        var items = LetterSortFields.Apply(all, query.Sort, sla).Skip(offset).Take(query.PageSize).ToList();
        var nextOffset = offset + items.Count;
        var cursor = nextOffset < all.Count ? new PageCursor(null, nextOffset, query.Fingerprint).Encode() : null;
        return new Page<Letter>(items, cursor, all.Count);
    }

    /// <summary>
    /// Every online letter of the section, newest first, <paramref name="pageSize"/> at a time: the list's
    /// index pages without the counters each list page also reads, for readers that take the whole section
    /// (reports), so the section costs one storage request per page and nothing more. The next page is
    /// requested as soon as one is handed out, so storage works while the reader writes the rows it has; never
    /// more than one page ahead, so memory stays two pages whatever the section's size.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<Letter>> PagesNewestFirstAsync(
        string companyId, Section section, int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var today = RomeTime.Today(clock);
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<KeyedPage<Letter>>? next = Read(null);
        try
        {
            while (next is not null)
            {
                var page = await next;
                next = page.After is null ? null : Read(page.After);
                if (page.Items.Count > 0)
                {
                    yield return page.Items;
                }
            }
        }
        finally
        {
            if (next is not null)
            {
                // The reader stopped early: the page read ahead is not wanted, and its failure is not the reader's.
                await abandon.CancelAsync();
                await Task.WhenAny(next);
                _ = next.Exception;
            }
        }

        Task<KeyedPage<Letter>> Read(string? after) =>
            store.ReadNewestFirstAsync(companyId, section, new LetterFilter(), today, after, pageSize, abandon.Token);
    }

    /// <summary>
    /// The names of every letter of the section that matches the filter, newest first ("Lettera" ticked
    /// means all of them, manual 6.1.1); refused above <see cref="LetterDownloads.MaxLettersPerZip"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> NamesMatchingAsync(
        string companyId, Section section, LetterFilter filter, CancellationToken cancellationToken)
    {
        var all = await MatchingAsync(companyId, section, filter, RomeTime.Today(clock), cancellationToken);
        if (all.Count > LetterDownloads.MaxLettersPerZip)
        {
            throw LetterDownloads.TooMany();
        }
        return [.. LetterSortFields.Apply(all, LetterSort.Default, sla).Select(l => l.Name)];
    }

    private async Task<List<Letter>> MatchingAsync(
        string companyId, Section section, LetterFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var all = new List<Letter>();
        await foreach (var letter in store.ReadSectionAsync(companyId, section, filter, today, cancellationToken))
        {
            if (filter.Matches(letter))
            {
                all.Add(letter);
            }
        }
        return all;
    }
}
