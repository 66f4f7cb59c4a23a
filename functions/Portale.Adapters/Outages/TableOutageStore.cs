namespace Portale.Adapters.Outages;

/// <summary>Table <c>outages</c>, one small partition: a handful of outages a year, read whole.</summary>
public sealed class TableOutageStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.OutagesTable), IOutageStore
{
    private const string Partition = "outage";

    public Task<IReadOnlyList<Outage>> ListAsync(CancellationToken cancellationToken) =>
        Table.ReadPartitionAsync(Partition, FromEntity, cancellationToken);

    public async Task<Outage?> FindAsync(string id, CancellationToken cancellationToken) =>
        TableKeys.IsSafe(id) && await Table.FindAsync(Partition, id, cancellationToken) is { } e ? FromEntity(e) : null;

    public Task SaveAsync(Outage outage, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(TableRows.Of(Partition, outage.Id, new
        {
            outage.StartsAt, outage.EndsAt, outage.Planned, outage.Note, outage.RecordedAt, outage.RecordedBy,
        }), TableUpdateMode.Replace, cancellationToken);

    private static Outage FromEntity(TableEntity e) =>
        new(e.RowKey, e.GetDateTimeOffset("StartsAt") ?? default, e.GetDateTimeOffset("EndsAt"),
            e.GetBoolean("Planned") ?? false, e.GetString("Note"))
        {
            RecordedAt = e.GetDateTimeOffset("RecordedAt") ?? default,
            RecordedBy = e.GetString("RecordedBy"),
        };
}
