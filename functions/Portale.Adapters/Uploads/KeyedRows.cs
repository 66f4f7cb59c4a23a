namespace Portale.Adapters.Uploads;

/// <summary>Newest-first keyed rows of one company's partition, read a page at a time.</summary>
internal static class KeyedRows
{
    public static async Task<Page<T>> PageAsync<T>(TableClient table, string companyId, string? cursor, int take,
        Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId) || (cursor is not null && !TableKeys.IsSafe(cursor)))
        {
            return new Page<T>([], null, 0);
        }
        var total = 0;
        await foreach (var _ in table
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {companyId}"),
                           select: ["RowKey"], cancellationToken: cancellationToken))
        {
            total++;
        }
        var filter = cursor is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {companyId}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey gt {cursor}");
        var page = await KeyedQuery.PageAsync(table, filter, take, map, cancellationToken);
        return new Page<T>(page.Items, page.After, total);
    }
}
