using Azure;

namespace Portale.Adapters.Publication;

/// <summary>
/// Staged documents of one kind in table <c>stagedletters</c>: partition <paramref name="pending"/>
/// holds what the next nightly loading publishes, <paramref name="published"/> what it did (so a
/// name can never be staged twice). Letters and solleciti each have their own two partitions.
/// </summary>
public abstract class TableStagedDocuments<T>(StorageClients clients, string pending, string published)
    : TableAdapter(clients, StorageNames.StagedLettersTable), IStagedDocuments<T>
    where T : IStagedDocument
{
    // A batch holds at most 100 operations, all in one partition.
    private const int BatchSize = 100;

    protected string Pending => pending;

    protected string Published => published;

    /// <summary>Which rows of the pending partition are staged documents (it may hold other rows).</summary>
    protected virtual string PendingFilter => TableClient.CreateQueryFilter($"PartitionKey eq {pending}");

    public async Task<bool> IsKnownAsync(string name, CancellationToken cancellationToken) =>
        await Table.ExistsAsync(pending, name, cancellationToken)
            || await Table.ExistsAsync(published, name, cancellationToken);

    public async Task<IReadOnlyList<T>> PendingAsync(CancellationToken cancellationToken)
    {
        var documents = new List<T>();
        await foreach (var e in Table.QueryAsync<TableEntity>(PendingFilter, cancellationToken: cancellationToken))
        {
            documents.Add(FromEntity(e));
        }
        return documents;
    }

    public Task<KeyedPage<T>> PendingPageAsync(string? after, int take, CancellationToken cancellationToken)
    {
        if (after is not null && !TableKeys.IsSafe(after))
        {
            return Task.FromResult(new KeyedPage<T>([], null));
        }
        var filter = after is null
            ? PendingFilter
            : PendingFilter + " and " + TableClient.CreateQueryFilter($"RowKey gt {after}");
        return KeyedQuery.PageAsync(Table, filter, take, FromEntity, cancellationToken);
    }

    public async Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in Table.QueryAsync<TableEntity>(
            PendingFilter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }
        return count;
    }

    /// <summary>
    /// Deletes the pending row (and what <see cref="WithdrawalActions"/> adds) at the ETag read, so a
    /// concurrent withdrawal of the same name withdraws it once; the other is told it is not staged.
    /// </summary>
    public async Task<Withdrawal<T>> WithdrawAsync(string name, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(name))
        {
            return new Withdrawal<T>(WithdrawalOutcome.NotStaged, default);
        }
        if (await Table.FindAsync(pending, name, cancellationToken) is not { } row)
        {
            return new Withdrawal<T>(
                await Table.ExistsAsync(published, name, cancellationToken)
                    ? WithdrawalOutcome.Published
                    : WithdrawalOutcome.NotStaged,
                default);
        }
        var document = FromEntity(row);
        var actions = await WithdrawalActions(document, cancellationToken);
        try
        {
            await Table.SubmitTransactionAsync(
                actions.Prepend(new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag)),
                cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 412)
        {
            return new Withdrawal<T>(WithdrawalOutcome.NotStaged, default);
        }
        return new Withdrawal<T>(WithdrawalOutcome.Withdrawn, document);
    }

    /// <summary>What is deleted with a withdrawn row, in its partition and batch (by default nothing).</summary>
    protected virtual Task<IReadOnlyList<TableTransactionAction>> WithdrawalActions(
        T document, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TableTransactionAction>>([]);

    /// <summary>
    /// Writes the published rows, then removes the pending ones in one batch per 100. A run cut short
    /// (or a second run beside this one) may have removed some already: the batch then fails as a
    /// whole with 404 and removes nothing, so the rows are removed one by one, skipping those gone.
    /// </summary>
    public async Task MarkPublishedAsync(
        IReadOnlyList<T> documents, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        foreach (var chunk in documents.Chunk(BatchSize))
        {
            await Table.SubmitTransactionAsync(chunk.Select(d =>
            {
                var e = ToEntity(d, published);
                e["PublishedAt"] = publishedAt;
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, e);
            }), cancellationToken);
            try
            {
                await Table.SubmitTransactionAsync(chunk.Select(d => new TableTransactionAction(
                    TableTransactionActionType.Delete, new TableEntity(pending, d.Name), ETag.All)), cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                foreach (var d in chunk)
                {
                    await Table.DeleteIfExistsAsync(pending, d.Name, cancellationToken);
                }
            }
        }
    }

    protected abstract TableEntity ToEntity(T document, string partition);

    protected abstract T FromEntity(TableEntity entity);
}
