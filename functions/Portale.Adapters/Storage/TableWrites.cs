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

    /// <summary>Deletes every row the filter selects (the clean-up's purges); returns how many went.</summary>
    public static async Task<int> DeleteWhereAsync(
        this TableClient table, string filter, CancellationToken cancellationToken)
    {
        var deleted = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(
            filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteIfExistsAsync(row.PartitionKey, row.RowKey, cancellationToken);
            deleted++;
        }
        return deleted;
    }
}
