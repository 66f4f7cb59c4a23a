using System.Runtime.CompilerServices;
using Azure;
using Portale.Adapters.Feed;

namespace Portale.Adapters.Letters;

/// <summary>
/// Letters in table <c>companyletters</c>, one partition per company (see <see cref="LetterKeys"/>).
/// Main row, section index row and section counters change together in one batch, so a list, its
/// total and the details never disagree. Every query names the company's partition. A change the
/// feed records (<see cref="ChangeItems"/>) is numbered in its company's feed in the same batch, and
/// moved to the all-companies feed right after.
/// </summary>
public sealed class TableLetterStore(
    StorageClients clients, TableChangeFeed feed, TableCompanyDashboards dashboards, TimeProvider clock)
    : TableAdapter(clients, StorageNames.CompanyLettersTable), ILetterStore
{
    // The Table service accepts at most 15 discrete comparisons in one filter.
    private const int NamesPerQuery = 14;

    private static readonly LetterTimeRule[] Rules = Enum.GetValues<LetterTimeRule>();

    private PublishedRows<Letter> Publication => new(
        l => l.CompanyId,
        l =>
        [
            Add(l, LetterKeys.Main(l.Name)), Add(l, LetterKeys.Index(l)), Add(l, LetterKeys.Published(l)),
            .. Rules.Select(r => LetterKeys.Due(l, r)).OfType<string>().Select(key => Add(l, key)),
        ],
        l => [(LetterKeys.Counter(l), 1), .. Tallies(null, l)],
        async (company, l, ct) => await FindAsync(company, l.Name, ct) is not null);

    public async Task<Letter?> FindAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId) || !TableKeys.IsSafe(name))
        {
            return null;
        }
        return await Table.FindAsync(companyId, LetterKeys.Main(name), cancellationToken) is { } e
            ? LetterEntities.FromEntity(e)
            : null;
    }

    public async Task<IReadOnlyList<Letter>> FindManyAsync(
        string companyId, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId) || names.Any(n => !TableKeys.IsSafe(n)))
        {
            return [];
        }
        var reads = names.Distinct().Chunk(NamesPerQuery).Select(async chunk =>
        {
            var keys = string.Join(
                " or ", chunk.Select(n => TableClient.CreateQueryFilter($"RowKey eq {LetterKeys.Main(n)}")));
            var filter = $"{TableClient.CreateQueryFilter($"PartitionKey eq {companyId}")} and ({keys})";
            var letters = new List<Letter>();
            await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
            {
                letters.Add(LetterEntities.FromEntity(e));
            }
            return letters;
        });
        return (await Task.WhenAll(reads)).SelectMany(l => l).ToList();
    }

    public async Task<KeyedPage<Letter>> ReadNewestFirstAsync(
        string companyId, Section section, LetterFilter filter, DateOnly today, string? after, int take,
        CancellationToken cancellationToken)
    {
        var prefix = LetterKeys.IndexPrefix(section);
        if (after is not null && (!after.StartsWith(prefix, StringComparison.Ordinal) || !TableKeys.IsSafe(after)))
        {
            return new KeyedPage<Letter>([], null);
        }
        return await KeyedQuery.PageAsync(
            Table, IndexFilter(companyId, section, filter, today, after), take, LetterEntities.FromEntity,
            cancellationToken);
    }

    public async IAsyncEnumerable<Letter> ReadSectionAsync(
        string companyId, Section section, LetterFilter filter, DateOnly today,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in Table.QueryAsync<TableEntity>(
            IndexFilter(companyId, section, filter, today, null), maxPerPage: 1000,
            cancellationToken: cancellationToken))
        {
            yield return LetterEntities.FromEntity(e);
        }
    }

    public async IAsyncEnumerable<Letter> ReadDueAsync(
        string companyId, LetterTimeRule rule, DateOnly through,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = LetterKeys.DuePrefix(rule);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey ge {prefix} and RowKey lt {prefix + LetterKeys.Day(through.AddDays(1))}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            yield return LetterEntities.FromEntity(e);
        }
    }

    public Task<int> CountAsync(
        string companyId, Section section, LetterFilter filter, DateOnly today, CancellationToken cancellationToken) =>
        CountAsync(Table, companyId, section, filter, today, cancellationToken);

    /// <summary>The online letters of a section from its counters (the dashboard reads them too).</summary>
    internal static async Task<int> CountAsync(
        TableClient table, string companyId, Section section, LetterFilter filter, DateOnly today,
        CancellationToken cancellationToken)
    {
        var prefix = LetterKeys.CounterPrefix(section);
        var (from, to) = (prefix + LetterKeys.Day(today.AddDays(1)), LetterKeys.End(prefix));
        var query = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey ge {from} and RowKey lt {to}");
        var recipient = filter.Recipient is { } r ? (r == Recipient.To ? "to" : "cc") : null;
        var service = filter.ServiceType is { } s ? ServiceTypes.CodeOf(s) : null;
        var total = 0;
        await foreach (var e in table.QueryAsync<TableEntity>(
            query, select: ["Count", "Recipient", "ServiceType"], cancellationToken: cancellationToken))
        {
            if ((recipient is null || e.GetString("Recipient") == recipient)
                && (service is null || e.GetString("ServiceType") == service))
            {
                total += e.GetInt32("Count") ?? 0;
            }
        }
        return total;
    }

    public async Task PublishAsync(IReadOnlyList<Letter> letters, CancellationToken cancellationToken)
    {
        await BatchPublisher.PublishAsync(Table, letters, Publication, cancellationToken);
        foreach (var company in letters.Select(l => l.CompanyId).Distinct())
        {
            await dashboards.TryRefreshAsync(company, cancellationToken);
        }
    }

    public async Task UpdateAsync(
        string companyId, IReadOnlyList<LetterChange> changes, CancellationToken cancellationToken)
    {
        var batch = new LetterBatch();
        var recordedAt = clock.GetUtcNow();
        var fed = false;
        foreach (var change in changes)
        {
            var (rows, counters) = Rows(change.Before, change.After);
            var items = ChangeItems.Of(change).Select(i => i with { RecordedAt = recordedAt }).ToList();
            if (!batch.Fits(rows.Count, counters.Select(c => c.Key), items.Count))
            {
                await SubmitUpdateAsync(companyId, batch, cancellationToken);
                fed |= batch.HasFeedItems;
                batch = new LetterBatch();
            }
            batch.Add(rows, counters, items);
        }
        await SubmitUpdateAsync(companyId, batch, cancellationToken);
        if (fed || batch.HasFeedItems)
        {
            await feed.TryPumpAsync(companyId, cancellationToken);
        }
        await dashboards.TryRefreshAsync(companyId, cancellationToken);
    }

    private static (List<TableTransactionAction> Rows, List<(string Key, int Delta)> Counters) Rows(
        Letter before, Letter after)
    {
        var company = before.CompanyId;
        var rows = new List<TableTransactionAction>
        {
            // The main row's ETag guards the whole change: index and counters follow it.
            new(
                TableTransactionActionType.UpdateReplace, LetterEntities.ToEntity(after, LetterKeys.Main(after.Name)),
                LetterEntities.VersionOf(before)),
        };
        var (oldIndex, newIndex) = (LetterKeys.Index(before), LetterKeys.Index(after));
        if (oldIndex != newIndex)
        {
            rows.Add(LetterBatch.Delete(company, oldIndex));
        }
        rows.Add(Upsert(after, newIndex));
        foreach (var rule in Rules)
        {
            var (oldDue, newDue) = (LetterKeys.Due(before, rule), LetterKeys.Due(after, rule));
            if (oldDue is not null && oldDue != newDue)
            {
                rows.Add(LetterBatch.Delete(company, oldDue));
            }
            if (newDue is not null)
            {
                rows.Add(Upsert(after, newDue));
            }
        }
        if (after.ClassifiedAt is { } classifiedAt && classifiedAt != before.ClassifiedAt)
        {
            rows.Add(Upsert(after, LetterKeys.Classified(after, classifiedAt)));
        }
        if (before.DownloadedAt is null && after.DownloadedAt is { } downloadedAt)
        {
            rows.Add(Upsert(after, LetterKeys.Downloaded(after, downloadedAt)));
        }
        if (after.Answer is { UploadId: not null } answer && answer.UploadId != before.Answer?.UploadId)
        {
            rows.Add(Upsert(after, LetterKeys.Answered(answer, after.Name)));
        }
        var (oldCounter, newCounter) = (LetterKeys.Counter(before), LetterKeys.Counter(after));
        List<(string, int)> counters = oldCounter == newCounter ? [] : [(oldCounter, -1), (newCounter, 1)];
        counters.AddRange(Tallies(before, after));
        return (rows, counters);
    }

    private static IEnumerable<(string Key, int Delta)> Tallies(Letter? before, Letter after) =>
        LetterTallies.Delta(before, after).Select(t => (LetterKeys.Tally(t.Tally), t.Delta));

    private async Task SubmitUpdateAsync(string companyId, LetterBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await batch.SubmitAsync(Table, companyId, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            throw new ConcurrencyConflictException("A letter or a section counter changed meanwhile.", ex);
        }
    }

    private static string IndexFilter(
        string companyId, Section section, LetterFilter filter, DateOnly today, string? after)
    {
        var prefix = LetterKeys.IndexPrefix(section);
        var (from, to, offline) = (after ?? prefix, LetterKeys.End(prefix), LetterKeys.Day(today));
        var query = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey gt {from} and RowKey lt {to} and OfflineOn gt {offline}");
        if (filter.Recipient is { } r)
        {
            query += " and " + TableClient.CreateQueryFilter($"Recipient eq {r.ToString()}");
        }
        if (filter.ServiceType is { } s)
        {
            query += " and " + TableClient.CreateQueryFilter($"ServiceType eq {s.ToString()}");
        }
        return query;
    }

    private static TableTransactionAction Add(Letter letter, string rowKey) =>
        new(TableTransactionActionType.Add, LetterEntities.ToEntity(letter, rowKey));

    private static TableTransactionAction Upsert(Letter letter, string rowKey) =>
        new(TableTransactionActionType.UpsertReplace, LetterEntities.ToEntity(letter, rowKey));
}
