namespace Portale.Core.Sportello;

/// <summary>
/// One company's letters in a <see cref="LetterState"/>, newest published first (<c>GET
/// /api/backoffice/companies/{companyId}/letters?state=</c>). The states cross the sections (and reach
/// offline letters, which no section lists), so it reads the company's letters once per page and keeps
/// the matching ones: the cost of the sections' free-text search (docs/api.md).
/// </summary>
public sealed class LetterStateLister(ICompanyLetterScan scan, TimeProvider clock)
{
    public async Task<Page<Letter>> ListAsync(
        string companyId, LetterState state, string? pageSize, string? cursor, CancellationToken cancellationToken)
    {
        string Fingerprint(int size) => $"letters-state|{companyId}|{LetterStates.NameOf(state)}|{size}";
        var request = PageRequestParser.Parse(pageSize, cursor, Fingerprint, keyed: false);
        var today = RomeTime.Today(clock);
        var matching = new List<Letter>();
        await foreach (var letter in scan.ReadAllAsync(companyId, cancellationToken))
        {
            if (LetterStates.Matches(letter, state, today))
            {
                matching.Add(letter);
            }
        }
        var offset = request.Cursor?.Offset ?? 0;
        var items = matching
            .OrderByDescending(l => l.PublishedAt).ThenBy(l => l.Name, StringComparer.Ordinal)
            .Skip(offset).Take(request.Size).ToList();
        var nextOffset = offset + items.Count;
        var next = nextOffset < matching.Count
            ? new PageCursor(null, nextOffset, Fingerprint(request.Size)).Encode()
            : null;
        return new Page<Letter>(items, next, matching.Count);
    }
}
