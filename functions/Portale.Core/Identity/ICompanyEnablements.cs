namespace Portale.Core.Identity;

/// <summary>Which companies a user acts for (the Sportello's "modulo di abilitazione").</summary>
public interface ICompanyEnablements
{
    Task<bool> IsEnabledAsync(string userId, string companyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> CompaniesOfAsync(string userId, CancellationToken cancellationToken);

    Task EnableAsync(string userId, string companyId, CancellationToken cancellationToken);

    Task DisableAsync(string userId, string companyId, CancellationToken cancellationToken);
}
