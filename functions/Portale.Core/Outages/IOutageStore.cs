namespace Portale.Core.Outages;

/// <summary>The outages the back office recorded: a handful a year, read whole.</summary>
public interface IOutageStore
{
    Task<IReadOnlyList<Outage>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Null when there is no such outage.</summary>
    Task<Outage?> FindAsync(string id, CancellationToken cancellationToken);

    Task SaveAsync(Outage outage, CancellationToken cancellationToken);
}
