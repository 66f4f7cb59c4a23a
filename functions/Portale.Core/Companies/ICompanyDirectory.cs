namespace Portale.Core.Companies;

public interface ICompanyDirectory
{
    Task<Company?> FindAsync(string companyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Company>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(Company company, CancellationToken cancellationToken);
}
