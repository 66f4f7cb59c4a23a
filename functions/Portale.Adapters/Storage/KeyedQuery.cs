namespace Portale.Adapters.Storage;

/// <summary>
/// One page of rows in key order: one row more than asked tells whether a next page exists, and
/// the last key returned is where it starts.
/// </summary>
public static class KeyedQuery
{
    public static async Task<KeyedPage<T>> PageAsync<T>(
        TableClient table, string filter, int take, Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        var items = new List<T>(take);
        string? lastKey = null;
        await foreach (var e in table.QueryAsync<TableEntity>(
            filter, maxPerPage: take + 1, cancellationToken: cancellationToken))
        {
            if (items.Count == take)
            {
                return new KeyedPage<T>(items, lastKey);
            }
            items.Add(map(e));
            lastKey = e.RowKey;
        }
        return new KeyedPage<T>(items, null);
    }
}
