namespace Portale.Core.Letters.Search;

/// <summary>
/// "Ricerca lettere" (manual 6.8): one company's online letters, whatever their section, that match
/// every filter, newest first. It cannot use the section indexes: each page reads the company's
/// candidate letters once (storage narrows by letter-name prefix, dates, recipient and Data Offline,
/// the text filters are applied here), so the cost grows with the company's letters; a search that
/// would read more than <see cref="MaxScanned"/> of them is refused (see docs/api.md).
/// </summary>
public sealed class LetterSearcher(ILetterSearchStore store, TimeProvider clock)
{
    public const int DefaultMaxScanned = 20_000;

    public int MaxScanned { get; init; } = DefaultMaxScanned;

    public async Task<Page<Letter>> SearchAsync(
        string companyId, LetterSearchQuery query, CancellationToken cancellationToken)
    {
        var today = RomeTime.Today(clock);
        var found = new List<Letter>();
        var scanned = 0;
        await foreach (var letter in store.ReadCandidatesAsync(companyId, query.Criteria, today, cancellationToken))
        {
            if (++scanned > MaxScanned)
            {
                throw RefusalException.Invalid("search-too-wide",
                    "La ricerca riguarda troppe lettere (oltre " +
                        $"{MaxScanned.ToString("N0", CultureInfo.GetCultureInfo("it-IT"))}): restringi i filtri, ad " +
                            "esempio con Pubblicazione dal/al o con l'inizio del nome della lettera.");
            }
            if (letter.IsOnline(today) && query.Criteria.Matches(letter))
            {
                found.Add(letter);
            }
        }
        var items = found
            .OrderByDescending(l => l.PublishedAt)
            .ThenBy(l => l.Name, StringComparer.Ordinal)
            .Skip(query.Offset)
            .Take(query.PageSize)
            .ToList();
        var nextOffset = query.Offset + items.Count;
        var cursor = items.Count > 0
            && nextOffset < found.Count ? new PageCursor(null, nextOffset, query.Fingerprint).Encode() : null;
        return new Page<Letter>(items, cursor, found.Count);
    }
}
