using System.Runtime.CompilerServices;

namespace Portale.Adapters.Letters;

/// <summary>
/// "Ricerca lettere" over the section index rows <c>s_{section}_{newest-first ticks}_{name}</c> of the
/// company's partition in <c>companyletters</c>: every letter is in exactly one section, each section's rows
/// come in the search's order (newest first, then name), and the four reads are merged as they are consumed,
/// so memory holds one storage page per section. Storage evaluates every filter it can: the publication days
/// and the cursor as RowKey bounds, Data Offline, Destinatario Principale, and each exact or prefix text filter
/// as a comparison of its normalised column (<see cref="LetterSearchColumns"/>), within Table Storage's 15
/// comparisons per query. An exact letter name is one point read of its main row.
/// </summary>
public sealed class TableLetterSearchStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.CompanyLettersTable), ILetterSearchStore
{
    private const int MaxComparisons = 15;

    public async IAsyncEnumerable<LetterSearchCandidate> ReadNewestFirstAsync(
        string companyId, LetterSearchCriteria criteria, DateOnly today, string? after,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId) || (after is not null && !TableKeys.IsSafe(after)))
        {
            yield break;
        }
        if (criteria.Letter is { IsExtended: false } exact)
        {
            if (TableKeys.IsSafe(exact.Normalized)
                && await Table.FindAsync(companyId, LetterKeys.Main(exact.Normalized), cancellationToken) is { } row)
            {
                var letter = LetterEntities.FromEntity(row);
                var position = $"{LetterKeys.NewestFirst(letter.PublishedAt)}_{letter.Name}";
                if (after is null || string.CompareOrdinal(position, after) > 0)
                {
                    yield return new LetterSearchCandidate(letter, position);
                }
            }
            yield break;
        }
        var reads = Enum.GetValues<Section>().Select(s => new SectionRead(
            LetterKeys.IndexPrefix(s).Length,
            Table.QueryAsync<TableEntity>(
                Filter(companyId, s, criteria, today, after), maxPerPage: 1000, cancellationToken: cancellationToken)
            .GetAsyncEnumerator(cancellationToken))).ToList();
        try
        {
            var heads = await Task.WhenAll(reads.Select(NextAsync));
            while (true)
            {
                var first = -1;
                for (var i = 0; i < heads.Length; i++)
                {
                    if (heads[i] is { } head && (first < 0 || string.CompareOrdinal(head.Position, heads[first]!.Position) < 0))
                    {
                        first = i;
                    }
                }
                if (first < 0)
                {
                    yield break;
                }
                yield return heads[first]!;
                heads[first] = await NextAsync(reads[first]);
            }
        }
        finally
        {
            foreach (var read in reads)
            {
                await read.Rows.DisposeAsync();
            }
        }
    }

    /// <summary>The next row of one section's read; its position is its key without the section's prefix.</summary>
    private static async Task<LetterSearchCandidate?> NextAsync(SectionRead read)
    {
        if (!await read.Rows.MoveNextAsync())
        {
            return null;
        }
        var row = read.Rows.Current;
        return new LetterSearchCandidate(LetterEntities.FromEntity(row), row.RowKey[read.PrefixLength..]);
    }

    private sealed record SectionRead(int PrefixLength, IAsyncEnumerator<TableEntity> Rows);

    /// <summary>One section's rows that may match, after <paramref name="after"/>: what storage can compare.</summary>
    public static string Filter(
        string companyId, Section section, LetterSearchCriteria criteria, DateOnly today, string? after)
    {
        var prefix = LetterKeys.IndexPrefix(section);
        var (fromOperator, from) = ("gt", prefix);
        if (after is not null)
        {
            from = prefix + after;
        }
        if (criteria.PublishedTo is { } to && Key(prefix, RomeTime.At(to.AddDays(1), TimeOnly.MinValue)) is var first
            && string.CompareOrdinal(first, from) > 0)
        {
            (fromOperator, from) = ("ge", first);
        }
        var until = LetterKeys.End(prefix);
        if (criteria.PublishedFrom is { } since && Key(prefix, RomeTime.At(since, TimeOnly.MinValue)) is var last
            && string.CompareOrdinal(last, until) < 0)
        {
            until = last;
        }
        var parts = new List<string>
        {
            TableClient.CreateQueryFilter($"PartitionKey eq {companyId}"),
            $"RowKey {fromOperator} {Quoted(from)}",
            TableClient.CreateQueryFilter($"RowKey lt {until}"),
            TableClient.CreateQueryFilter($"OfflineOn gt {LetterKeys.Day(today)}"),
        };
        if (criteria.Recipient is { } r)
        {
            parts.Add(TableClient.CreateQueryFilter($"Recipient eq {r.ToString()}"));
        }
        var budget = MaxComparisons - parts.Count;
        // Exact matches first: one comparison each, and the most selective.
        foreach (var comparisons in TextComparisons(criteria).OrderBy(c => c.Count))
        {
            if (comparisons.Count <= budget)
            {
                parts.AddRange(comparisons);
                budget -= comparisons.Count;
            }
        }
        return string.Join(" and ", parts);
    }

    /// <summary>
    /// The first index key of a letter published before <paramref name="instant"/> (newest first: the keys of
    /// later instants sort before it).
    /// </summary>
    private static string Key(string prefix, DateTimeOffset instant) => prefix + LetterKeys.NewestFirst(instant.AddTicks(-1));

    private static IEnumerable<List<string>> TextComparisons(LetterSearchCriteria criteria)
    {
        foreach (var column in LetterSearchColumns.All)
        {
            if (column.Filter(criteria) is not { } pattern)
            {
                continue;
            }
            if (!pattern.IsExtended)
            {
                yield return [$"{column.Name} eq {Quoted(pattern.Normalized)}"];
                continue;
            }
            var start = pattern.NormalizedPrefix;
            if (start.Length == 0)
            {
                continue; // "%…": nothing storage can compare
            }
            List<string> range = [$"{column.Name} ge {Quoted(start)}"];
            if (Successor(start) is { } end)
            {
                range.Add($"{column.Name} lt {Quoted(end)}");
            }
            yield return range;
        }
    }

    /// <summary>The first string after every string starting with <paramref name="start"/>, if one is simple.</summary>
    private static string? Successor(string start) =>
        start[^1] is char.MaxValue || char.IsSurrogate(start[^1]) ? null : start[..^1] + (char)(start[^1] + 1);

    private static string Quoted(string value) => TableClient.CreateQueryFilter($"{value}");
}
