namespace Portale.Core.Clients;

public interface IApiClientStore
{
    Task AddAsync(ApiClient client, CancellationToken cancellationToken);

    Task<ApiClient?> FindAsync(string clientId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiClient>> ListAsync(string companyId, CancellationToken cancellationToken);

    Task SaveAsync(ApiClient client, CancellationToken cancellationToken);
}
