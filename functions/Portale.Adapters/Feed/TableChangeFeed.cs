using Microsoft.Extensions.Logging;

namespace Portale.Adapters.Feed;

/// <summary>
/// The change feed (<see cref="FeedRows"/>): each company's items in its partition of <c>companyletters</c>,
/// numbered in the batch of their change; the all-companies feed in table <c>changefeed</c>, filled by
/// <see cref="PumpAsync"/>: one transaction in partition <c>global</c> adds the next items under the next
/// global numbers, advances the global number and the company's mark, each under the ETag it was read
/// with, so two pumps never move an item twice and the global numbers stay without gaps.
/// </summary>
public sealed class TableChangeFeed(StorageClients clients, TimeProvider clock, ILogger<TableChangeFeed> logger)
    : TableAdapter(clients, StorageNames.ChangeFeedTable), IChangeFeed
{
    // One transaction holds 100 entities: the items, the global number and the company's mark.
    private const int ItemsPerMove = 98;

    // Every company's pump advances the one global number: a busy minute needs many tries.
    private const int Attempts = 40;

    private TableClient Letters => Clients.Table(StorageNames.CompanyLettersTable);

    public async Task RecordAsync(ChangeItem item, CancellationToken cancellationToken)
    {
        var company = item.CompanyId;
        await OptimisticRetry.RunAsync(async () =>
        {
            if (await Letters.ExistsAsync(company, FeedRows.Recorded(item.Key), cancellationToken))
            {
                return;
            }
            var sequence = await Letters.FindAsync(company, FeedRows.CompanySequence, cancellationToken);
            var next = FeedRows.ValueOf(sequence) + 1;
            var numbered = item with { Sequence = next, RecordedAt = clock.GetUtcNow() };
            await Letters.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add,
                    TableRows.Of(company, FeedRows.Recorded(item.Key), new { Sequence = next })),
                new TableTransactionAction(TableTransactionActionType.Add,
                    FeedRows.Item(company, FeedRows.CompanyItem(next), numbered)),
                FeedRows.Advance(sequence, company, FeedRows.CompanySequence, next),
            ], cancellationToken);
        }, IsConflict, cancellationToken, Attempts);
        await TryPumpAsync(company, cancellationToken);
    }

    public async Task PumpAsync(string companyId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId))
        {
            return;
        }
        while (await OptimisticRetry.RunAsync(
            () => MoveAsync(companyId, cancellationToken), IsConflict, cancellationToken, Attempts))
        {
        }
    }

    /// <summary>
    /// Pumps right after a change, so the all-companies feed follows within moments; a failure only
    /// delays it until the next <c>FeedPump</c> run, which moves whatever was left behind.
    /// </summary>
    public async Task TryPumpAsync(string companyId, CancellationToken cancellationToken)
    {
        try
        {
            await PumpAsync(companyId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Change feed of {Company} not moved yet; the next FeedPump run will", companyId);
        }
    }

    public async Task<long> HeadAsync(string? companyId, CancellationToken cancellationToken)
    {
        if (companyId is not null && !TableKeys.IsSafe(companyId))
        {
            return 0;
        }
        var row = companyId is null
            ? await Table.FindAsync(FeedRows.GlobalPartition, FeedRows.GlobalSequence, cancellationToken)
            : await Letters.FindAsync(companyId, FeedRows.CompanySequence, cancellationToken);
        return FeedRows.ValueOf(row);
    }

    public async Task<IReadOnlyDictionary<string, long>> PumpedAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {FeedRows.GlobalPartition} and RowKey ge {"w_"} and RowKey lt {"w`"}");
        var marks = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            marks[e.RowKey[2..]] = FeedRows.ValueOf(e);
        }
        return marks;
    }

    public async Task<IReadOnlyList<ChangeItem>> ReadAsync(
        string? companyId, long from, long to, ChangeFilter filter, CancellationToken cancellationToken)
    {
        if (companyId is not null && !TableKeys.IsSafe(companyId) || from > to)
        {
            return [];
        }
        var (table, partition, key) = companyId is null
            ? (Table, FeedRows.GlobalPartition, (Func<long, string>)FeedRows.GlobalItem)
            : (Letters, companyId, FeedRows.CompanyItem);
        var query = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {key(from)} and RowKey le {key(to)}");
        if (filter.Kinds.Count > 0)
        {
            query += " and (" + string.Join(" or ", filter.Kinds.Select(k =>
                TableClient.CreateQueryFilter($"Kind eq {ChangeKindNames.Of(k)}"))) + ")";
        }
        if (filter.Sector is { } sector)
        {
            query += " and " + TableClient.CreateQueryFilter($"Sector eq {SectorNames.Of(sector)}");
        }
        if (filter.From is { } since)
        {
            query += " and " + TableClient.CreateQueryFilter($"At ge {since}");
        }
        if (filter.Until is { } until)
        {
            query += " and " + TableClient.CreateQueryFilter($"At lt {until}");
        }
        var items = new List<ChangeItem>();
        await foreach (var e in table.QueryAsync<TableEntity>(query, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            items.Add(FeedRows.ItemOf(e));
        }
        return items;
    }

    /// <summary>Moves the company's next items; true when more are left to move.</summary>
    private async Task<bool> MoveAsync(string companyId, CancellationToken cancellationToken)
    {
        var markTask = Table.FindAsync(FeedRows.GlobalPartition, FeedRows.Pumped(companyId), cancellationToken);
        var globalTask = Table.FindAsync(FeedRows.GlobalPartition, FeedRows.GlobalSequence, cancellationToken);
        var head = FeedRows.ValueOf(await Letters.FindAsync(companyId, FeedRows.CompanySequence, cancellationToken));
        var (mark, global) = (await markTask, await globalTask);
        var moved = FeedRows.ValueOf(mark);
        if (head <= moved)
        {
            return false;
        }
        var upTo = Math.Min(head, moved + ItemsPerMove);
        var items = await ReadAsync(companyId, moved + 1, upTo, ChangeFilter.None, cancellationToken);
        var number = FeedRows.ValueOf(global);
        var actions = items.OrderBy(i => i.Sequence).Select(i =>
        {
            number++;
            return new TableTransactionAction(TableTransactionActionType.Add,
                FeedRows.Item(FeedRows.GlobalPartition, FeedRows.GlobalItem(number), i with { GlobalSequence = number }));
        }).ToList();
        actions.Add(FeedRows.Advance(global, FeedRows.GlobalPartition, FeedRows.GlobalSequence, number));
        actions.Add(FeedRows.Advance(mark, FeedRows.GlobalPartition, FeedRows.Pumped(companyId), upTo));
        await Table.SubmitTransactionAsync(actions, cancellationToken);
        return upTo < head;
    }

    private static bool IsConflict(Exception ex) => ex is TableTransactionFailedException { Status: 409 or 412 };
}
