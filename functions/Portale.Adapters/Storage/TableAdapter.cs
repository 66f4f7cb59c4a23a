namespace Portale.Adapters.Storage;

/// <summary>An adapter over one table of the portal's storage (<see cref="StorageNames"/>).</summary>
public abstract class TableAdapter(StorageClients clients, string tableName)
{
    protected TableClient Table => clients.Table(tableName);

    /// <summary>The shared clients, for an adapter that also keeps blobs beside its table.</summary>
    protected StorageClients Clients => clients;
}
