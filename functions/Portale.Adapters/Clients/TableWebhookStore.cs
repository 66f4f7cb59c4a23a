namespace Portale.Adapters.Clients;

/// <summary>
/// One row per endpoint in partition <c>endpoints</c> (the timer reads them all in one query), keyed by
/// its client; failures insert-only in partition <c>fail-{clientId}</c>, newest first.
/// </summary>
public sealed class TableWebhookStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.WebhooksTable), IWebhookStore
{
    private const string Endpoints = "endpoints";
    private const string FailurePrefix = "fail-";

    public Task SaveAsync(WebhookEndpoint e, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(TableRows.Of(Endpoints, e.ClientId, new
        {
            e.CompanyId, e.Url, e.RegisteredAt, e.Cursor, e.FailedAttempts, e.NextAttemptAt, e.Stopped,
        }), TableUpdateMode.Replace, cancellationToken);

    public async Task<WebhookEndpoint?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        TableKeys.IsSafe(clientId) && await Table.FindAsync(Endpoints, clientId, cancellationToken) is { } e ? From(e) : null;

    public Task<IReadOnlyList<WebhookEndpoint>> ListAsync(CancellationToken cancellationToken) =>
        Table.ReadPartitionAsync(Endpoints, From, cancellationToken);

    public Task DeleteAsync(string clientId, CancellationToken cancellationToken) =>
        Table.DeleteIfExistsAsync(Endpoints, clientId, cancellationToken);

    public Task AddFailureAsync(WebhookFailure f, CancellationToken cancellationToken) =>
        Table.AddEntityAsync(TableRows.Of(FailurePrefix + f.ClientId,
            (DateTimeOffset.MaxValue.UtcTicks - f.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" +
                Guid.NewGuid().ToString("N")[..8],
            new { f.At, f.ItemKey, f.Attempt, f.Reason }), cancellationToken);

    public async Task<IReadOnlyList<WebhookFailure>> FailuresAsync(
        string clientId, int count, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(clientId))
        {
            return [];
        }
        var rows = await Table.ReadPartitionAsync(FailurePrefix + clientId, e => new WebhookFailure(clientId,
            e.GetDateTimeOffset("At")!.Value, e.GetString("ItemKey"), e.GetInt32("Attempt") ?? 0, e.GetString("Reason")),
            cancellationToken);
        return [.. rows.Take(count)];
    }

    private static WebhookEndpoint From(TableEntity e) => new(
        e.RowKey, e.GetString("CompanyId"), e.GetString("Url"), e.GetDateTimeOffset("RegisteredAt")!.Value,
        e.GetString("Cursor"), e.GetInt32("FailedAttempts") ?? 0, e.GetDateTimeOffset("NextAttemptAt"),
        e.GetBoolean("Stopped") ?? false);
}
