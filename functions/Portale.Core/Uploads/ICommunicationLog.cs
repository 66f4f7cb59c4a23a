namespace Portale.Core.Uploads;

/// <summary>"Comunicazioni libere", keyed by upload so that a retry writes the same row.</summary>
public interface ICommunicationLog
{
    Task AddAsync(Communication communication, CancellationToken cancellationToken);

    /// <summary>One communication by its key (<see cref="Communication.Key"/>), or null.</summary>
    Task<Communication?> FindAsync(string companyId, string key, CancellationToken cancellationToken);

    Task<Page<Communication>> ListAsync(
        string companyId, string? cursor, int take, CancellationToken cancellationToken);
}
