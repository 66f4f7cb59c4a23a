namespace Portale.Adapters.Publication;

/// <summary>Table <c>jobs</c>: PartitionKey = job name, RowKey = the Rome date it ran for.</summary>
public sealed class TableJobLedger(StorageClients clients)
    : TableAdapter(clients, StorageNames.JobsTable), IJobLedger
{
    public Task<bool> IsDoneAsync(string job, DateOnly day, CancellationToken cancellationToken) =>
        Table.ExistsAsync(job, Key(day), cancellationToken);

    public async Task<DateOnly?> LatestDoneAsync(
        string job, DateOnly from, DateOnly through, CancellationToken cancellationToken)
    {
        DateOnly? latest = null;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {job} and RowKey ge {Key(from)} and RowKey le {Key(through)}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            var day = DateOnly.ParseExact(e.RowKey, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            latest = latest is { } l && l > day ? l : day;
        }
        return latest;
    }

    public Task MarkDoneAsync(string job, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(job, Key(day)) { ["DoneAt"] = at }, TableUpdateMode.Replace, cancellationToken);

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
