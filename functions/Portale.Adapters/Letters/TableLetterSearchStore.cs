using System.Runtime.CompilerServices;

namespace Portale.Adapters.Letters;

/// <summary>
/// "Ricerca lettere" over the main rows <c>l_{name}</c> of the company's partition in <c>companyletters</c>.
/// Table Storage compares strings case-sensitively, so only what is stored in a known case is
/// filtered server-side: the letter name (always stored upper-case, <see cref="LetterNames.Canonical"/>)
/// as a RowKey range from the literal start of the pattern, Destinatario Principale, the publication
/// instants of the Rome days asked and Data Offline. The other text columns are stored as the Sportello
/// typed them and are matched in memory by <see cref="LetterSearcher"/>.
/// </summary>
public sealed class TableLetterSearchStore(StorageClients clients) : ILetterSearchStore
{
    private const string MainPrefix = "l_";

    public async IAsyncEnumerable<Letter> ReadCandidatesAsync(
        string companyId, LetterSearchCriteria criteria, DateOnly today,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId))
        {
            yield break;
        }
        var table = clients.Table(StorageNames.CompanyLettersTable);
        await foreach (var e in table.QueryAsync<TableEntity>(
            Filter(companyId, criteria, today), maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return LetterEntities.FromEntity(e);
        }
    }

    public static string Filter(string companyId, LetterSearchCriteria criteria, DateOnly today)
    {
        var filter =
            TableClient.CreateQueryFilter($"PartitionKey eq {companyId}") + " and " + KeyFilter(criteria.Letter)
            + " and " + TableClient.CreateQueryFilter($"OfflineOn gt {LetterKeys.Day(today)}");
        if (criteria.Recipient is { } r)
        {
            filter += " and " + TableClient.CreateQueryFilter($"Recipient eq {r.ToString()}");
        }
        if (criteria.PublishedFrom is { } f)
        {
            filter += " and " + TableClient.CreateQueryFilter($"PublishedAt ge {RomeTime.At(f, TimeOnly.MinValue)}");
        }
        if (criteria.PublishedTo is { } t)
        {
            filter += " and " + TableClient.CreateQueryFilter(
                $"PublishedAt lt {RomeTime.At(t.AddDays(1), TimeOnly.MinValue)}");
        }
        return filter;
    }

    /// <summary>
    /// The main-row keys a Lettera filter can match. Names are stored upper-case, so the filter's
    /// literal start is upper-cased: an exact name is one key, "L-P-20%" the range [l_L-P-20, l_L-P-21).
    /// </summary>
    private static string KeyFilter(LetterPattern? letter)
    {
        var start = letter?.Prefix.ToUpperInvariant() ?? string.Empty;
        if (letter is { IsExtended: false })
        {
            return TableClient.CreateQueryFilter($"RowKey eq {MainPrefix + start}");
        }
        if (start.Length == 0 || start[^1] == char.MaxValue)
        {
            return TableClient.CreateQueryFilter($"RowKey ge {MainPrefix} and RowKey lt {LetterKeys.End(MainPrefix)}");
        }
        var end = start[..^1] + (char)(start[^1] + 1);
        return TableClient.CreateQueryFilter($"RowKey ge {MainPrefix + start} and RowKey lt {MainPrefix + end}");
    }
}
