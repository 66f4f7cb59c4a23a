namespace Portale.Adapters.Clients;

/// <summary>
/// The clients' calls, insert-only: partition the client id, row key the reversed time (newest first) and a
/// random suffix, so two calls in one tick never meet and a read of the latest is one partition's head.
/// </summary>
public sealed class TableClientCallLog(StorageClients clients)
    : TableAdapter(clients, StorageNames.ClientCallsTable), IClientCallLog
{
    public Task AddAsync(ClientCall call, CancellationToken cancellationToken) =>
        Table.AddEntityAsync(TableRows.Of(call.ClientId,
            (DateTimeOffset.MaxValue.UtcTicks - call.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" +
                Guid.NewGuid().ToString("N")[..8],
            new { call.At, call.Method, call.Path, call.Status, call.Address }), cancellationToken);

    public async Task<IReadOnlyList<ClientCall>> LatestAsync(
        string clientId, int count, CancellationToken cancellationToken)
    {
        var calls = new List<ClientCall>();
        if (!TableKeys.IsSafe(clientId))
        {
            return calls;
        }
        var query = Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {clientId}"), maxPerPage: count,
            cancellationToken: cancellationToken);
        await foreach (var e in query)
        {
            calls.Add(new ClientCall(clientId, e.GetDateTimeOffset("At")!.Value, e.GetString("Method"),
                e.GetString("Path"), e.GetInt32("Status") ?? 0, e.GetString("Address")));
            if (calls.Count == count)
            {
                break;
            }
        }
        return calls;
    }
}
