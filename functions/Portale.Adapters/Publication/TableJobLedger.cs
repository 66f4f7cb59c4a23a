namespace Portale.Adapters.Publication;

/// <summary>Table <c>jobs</c>: PartitionKey = job name, RowKey = the Rome date it ran for.</summary>
public sealed class TableJobLedger(StorageClients clients)
    : TableAdapter(clients, StorageNames.JobsTable), IJobLedger
{
    public async Task<bool> IsDoneAsync(string job, DateOnly day, CancellationToken cancellationToken) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(job, Key(day), cancellationToken: cancellationToken)).HasValue;

    public Task MarkDoneAsync(string job, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(job, Key(day)) { ["DoneAt"] = at }, TableUpdateMode.Replace, cancellationToken);

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
