namespace Portale.Adapters.Companies;

/// <summary>Companies in one partition: there are hundreds, not millions, and the back office lists them all.</summary>
public sealed class TableCompanyDirectory(StorageClients clients)
    : TableAdapter(clients, StorageNames.CompaniesTable), ICompanyDirectory
{
    private const string Partition = "company";

    public async Task<Company?> FindAsync(string companyId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId))
        {
            return null;
        }
        return await Table.FindAsync(Partition, companyId, cancellationToken) is { } e ? ToCompany(e) : null;
    }

    public Task<IReadOnlyList<Company>> ListAsync(CancellationToken cancellationToken) =>
        Table.ReadPartitionAsync(Partition, ToCompany, cancellationToken);

    public Task SaveAsync(Company company, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(TableRows.Of(Partition, company.Id, new
        {
            company.Name, company.VatNumber, company.PecAddress,
            Sectors = string.Join(',', company.Sectors.Select(SectorNames.Of)),
        }), TableUpdateMode.Replace, cancellationToken);

    private static Company ToCompany(TableEntity e) => new(
        e.RowKey,
        e.GetString("Name"),
        e.GetString("VatNumber"),
        e.GetString("PecAddress"),
        e.GetString("Sectors").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => SectorNames.TryParse(s, out var sector) ? sector : Sector.Energy).ToList());
}
