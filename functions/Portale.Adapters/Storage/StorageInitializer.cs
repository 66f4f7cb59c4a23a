namespace Portale.Adapters.Storage;

/// <summary>Creates the tables and containers the portal needs, when they are missing.</summary>
public sealed class StorageInitializer(StorageClients clients)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(StorageNames.Tables.Select(t => clients.Table(t).CreateIfNotExistsAsync(cancellationToken)));
        await Task.WhenAll(
            StorageNames.Containers.Select(
                c => clients.Container(c).CreateIfNotExistsAsync(cancellationToken: cancellationToken)));
    }
}
