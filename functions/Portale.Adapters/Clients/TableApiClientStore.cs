namespace Portale.Adapters.Clients;

/// <summary>
/// One row per client, keyed by its id (a point read at every call), and beside it one key-only row in
/// its company's partition <c>company-{companyId}</c>, so a company's clients are found without a scan.
/// </summary>
public sealed class TableApiClientStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.ApiClientsTable), IApiClientStore
{
    private const string CompanyPrefix = "company-";

    public async Task AddAsync(ApiClient client, CancellationToken cancellationToken)
    {
        await Table.AddEntityAsync(Row(client), cancellationToken);
        await Table.UpsertEntityAsync(
            TableRows.Of(CompanyPrefix + client.CompanyId, client.Id, new { }), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<ApiClient?> FindAsync(string clientId, CancellationToken cancellationToken) =>
        TableKeys.IsSafe(clientId) && await Table.FindAsync(clientId, string.Empty, cancellationToken) is { } e
            ? From(e)
            : null;

    public async Task<IReadOnlyList<ApiClient>> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId))
        {
            return [];
        }
        var ids = await Table.ReadPartitionAsync(CompanyPrefix + companyId, e => e.RowKey, cancellationToken, ["RowKey"]);
        var found = new List<ApiClient>();
        foreach (var id in ids)
        {
            if (await FindAsync(id, cancellationToken) is { } client)
            {
                found.Add(client);
            }
        }
        return found;
    }

    public Task SaveAsync(ApiClient client, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(Row(client), TableUpdateMode.Replace, cancellationToken);

    private static TableEntity Row(ApiClient c) => TableRows.Of(c.Id, string.Empty, new
    {
        c.CompanyId, c.Name, c.SecretHash, Permissions = string.Join(',', c.Permissions), c.CreatedByUserId,
        c.CreatedBy, c.CreatedAt, c.LastUsedAt, c.RevokedAt, c.RevokedBy,
    });

    private static ApiClient From(TableEntity e) => new(
        e.PartitionKey,
        e.GetString("CompanyId"),
        e.GetString("Name"),
        e.GetString("SecretHash"),
        [.. e.GetString("Permissions").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<ClientPermission>)],
        e.GetString("CreatedByUserId"),
        e.GetString("CreatedBy"),
        e.GetDateTimeOffset("CreatedAt")!.Value,
        e.GetDateTimeOffset("LastUsedAt"),
        e.GetDateTimeOffset("RevokedAt"),
        e.GetString("RevokedBy"));
}
