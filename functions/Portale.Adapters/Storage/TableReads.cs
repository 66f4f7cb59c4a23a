namespace Portale.Adapters.Storage;

public static class TableReads
{
    /// <summary>The row at these keys, or null; <paramref name="select"/> limits the columns read.</summary>
    public static async Task<TableEntity?> FindAsync(
        this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken,
        IEnumerable<string>? select = null)
    {
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, select, cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>Every row of one partition, mapped; <paramref name="select"/> limits the columns read.</summary>
    public static async Task<IReadOnlyList<T>> ReadPartitionAsync<T>(
        this TableClient table, string partitionKey, Func<TableEntity, T> map, CancellationToken cancellationToken,
        IEnumerable<string>? select = null)
    {
        var rows = new List<T>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        var query = table.QueryAsync<TableEntity>(filter, select: select, cancellationToken: cancellationToken);
        await foreach (var e in query)
        {
            rows.Add(map(e));
        }
        return rows;
    }

    /// <summary>Whether a row is at these keys (only its key is read).</summary>
    public static async Task<bool> ExistsAsync(
        this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        await table.FindAsync(partitionKey, rowKey, cancellationToken, ["RowKey"]) is not null;
}
