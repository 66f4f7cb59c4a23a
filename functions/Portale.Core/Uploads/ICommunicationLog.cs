namespace Portale.Core.Uploads;

/// <summary>"Comunicazioni libere", keyed by upload so that a retry writes the same row.</summary>
public interface ICommunicationLog
{
    Task AddAsync(Communication communication, CancellationToken cancellationToken);

    Task<Page<Communication>> ListAsync(
        string companyId, string? cursor, int take, CancellationToken cancellationToken);
}
