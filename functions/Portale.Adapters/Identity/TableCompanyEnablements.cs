using Azure;

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
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(userId, companyId, cancellationToken: cancellationToken);
        return found.HasValue;
    }

    public async Task<IReadOnlyList<string>> CompaniesOfAsync(string userId, CancellationToken cancellationToken)
    {
        var companies = new List<string>();
        await foreach (var e in Table.QueryAsync<TableEntity>(e => e.PartitionKey == userId, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            companies.Add(e.RowKey);
        }
        return companies;
    }

    public Task EnableAsync(string userId, string companyId, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(userId, companyId), TableUpdateMode.Replace, cancellationToken);

    public async Task DisableAsync(string userId, string companyId, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(userId, companyId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }
}
