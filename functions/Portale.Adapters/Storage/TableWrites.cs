using Azure;

namespace Portale.Adapters.Storage;

public static class TableWrites
{
    /// <summary>Inserts the entity; false when a row with the same keys exists (409).</summary>
    public static async Task<bool> TryAddAsync(
        this TableClient table, ITableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public static async Task DeleteIfExistsAsync(
        this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }
}
