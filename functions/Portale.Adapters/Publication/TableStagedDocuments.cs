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
