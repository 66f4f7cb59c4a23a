namespace Portale.Adapters.Accounts;

/// <summary>Lifecycle notices sent: PartitionKey = user id, RowKey = notice key.</summary>
public sealed class TableNotificationLedger(StorageClients clients, TimeProvider clock)
    : TableAdapter(clients, StorageNames.NotificationLedgerTable), INotificationLedger
{
    public Task<bool> TryRecordAsync(string userId, string notice, CancellationToken cancellationToken) =>
        Table.TryAddAsync(new TableEntity(userId, notice) { ["SentAt"] = clock.GetUtcNow() }, cancellationToken);
}
