namespace Portale.Adapters.Receipts;

/// <summary>
/// Table <c>receipts</c>: partition = company, row key = receipt id, the compact JWS. Rows are only ever
/// added (409 = already issued, the first stays): nothing in the portal updates or deletes one.
/// </summary>
public sealed class TableReceiptStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.ReceiptsTable), IReceiptStore
{
    public Task AddOnceAsync(string companyId, string receiptId, string jws, CancellationToken cancellationToken) =>
        Table.TryAddAsync(TableRows.Of(companyId, receiptId, new { Jws = jws }), cancellationToken);

    public async Task<IReadOnlySet<string>> IdsAsync(string companyId, string prefix, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey ge {prefix} and RowKey lt {prefix + "\uffff"}");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in Table.QueryAsync<TableEntity>(
            filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            ids.Add(row.RowKey);
        }
        return ids;
    }

    public async Task<string?> FindAsync(string companyId, string receiptId, CancellationToken cancellationToken) =>
        TableKeys.IsSafe(companyId) && TableKeys.IsSafe(receiptId)
            && await Table.FindAsync(companyId, receiptId, cancellationToken) is { } e
            ? e.GetString("Jws")
            : null;
}
