namespace Portale.Core.Identity;

/// <summary>Sessions by key, and which sessions each user has (so all of them can be ended at once).</summary>
public interface ISessionStore
{
    Task AddAsync(OperatorSession session, CancellationToken cancellationToken);

    Task<OperatorSession?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the session's last-seen time only if the session still exists: false, and nothing written,
    /// when it was ended meanwhile (a request in flight must not bring a logged-out session back).
    /// </summary>
    Task<bool> TouchAsync(OperatorSession session, CancellationToken cancellationToken);

    Task DeleteAsync(string userId, string key, CancellationToken cancellationToken);

    /// <summary>The keys of the user's sessions, ended ones included until they are purged.</summary>
    Task<IReadOnlyList<string>> KeysOfAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Deletes the sessions that ended before <paramref name="endedBefore"/>; returns how many.</summary>
    Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken);
}
