namespace Portale.Adapters.Identity;

/// <summary>
/// Enablements keyed by user (PartitionKey = user id, RowKey = company id): checking one is a point
/// read, listing a user's companies is one partition.
/// </summary>
public sealed class TableCompanyEnablements(StorageClients clients)
    : TableAdapter(clients, StorageNames.EnablementsTable), ICompanyEnablements
{
    public async Task<bool> IsEnabledAsync(string userId, string companyId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(userId) || !TableKeys.IsSafe(companyId))
        {
            return false;
        }
        return await Table.ExistsAsync(userId, companyId, cancellationToken);
    }

    public Task<IReadOnlyList<string>> CompaniesOfAsync(string userId, CancellationToken cancellationToken) =>
        Table.ReadPartitionAsync(userId, e => e.RowKey, cancellationToken, ["RowKey"]);

    public Task EnableAsync(string userId, string companyId, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(userId, companyId), TableUpdateMode.Replace, cancellationToken);

    public Task DisableAsync(string userId, string companyId, CancellationToken cancellationToken) =>
        Table.DeleteIfExistsAsync(userId, companyId, cancellationToken);
}
