namespace Portale.Core.Clients;

/// <summary>The append-only audit of the clients' calls: rows are added, never changed.</summary>
public interface IClientCallLog
{
    Task AddAsync(ClientCall call, CancellationToken cancellationToken);

    /// <summary>The client's calls, newest first.</summary>
    Task<IReadOnlyList<ClientCall>> LatestAsync(string clientId, int count, CancellationToken cancellationToken);
}
