namespace Portale.Core.Identity;

public interface ISessionStore
{
    Task SaveAsync(OperatorSession session, CancellationToken cancellationToken);

    Task<OperatorSession?> FindAsync(string sessionId, CancellationToken cancellationToken);

    Task DeleteAsync(string sessionId, CancellationToken cancellationToken);
}
