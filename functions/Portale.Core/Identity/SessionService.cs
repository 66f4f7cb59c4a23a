namespace Portale.Core.Identity;

/// <summary>
/// Opens, resolves (sliding the idle timeout) and ends operator sessions. The id in the cookie is 32
/// random bytes in hex; the store holds only its keyed hash, so a copy of the table opens nothing.
/// </summary>
public sealed class SessionService(ISessionStore store, AccountSecrets secrets, TimeProvider clock)
{
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    public async Task<OpenedSession> OpenAsync(string userId, string username, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = SecretCodes.NewId();
        var session = new OperatorSession(KeyOf(id), userId, username, now, now, now + OperatorSession.AbsoluteLifetime);
        await store.AddAsync(session, cancellationToken);
        return new OpenedSession(id, session);
    }

    /// <summary>The operator of a live session; null for anything else, a malformed id included.</summary>
    public async Task<OperatorPrincipal?> ResolveAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(sessionId))
        {
            return null;
        }
        var session = await store.FindAsync(KeyOf(sessionId!), cancellationToken);
        var now = clock.GetUtcNow();
        if (session is null || !session.IsValidAt(now))
        {
            return null;
        }
        if (now - session.LastSeenAt > TouchEvery && !await store.TouchAsync(session with { LastSeenAt = now },
            cancellationToken))
        {
            return null;
        }
        return new OperatorPrincipal(session.UserId, session.Username, session.Key);
    }

    public Task EndAsync(OperatorPrincipal principal, CancellationToken cancellationToken) =>
        store.DeleteAsync(principal.UserId, principal.SessionKey, cancellationToken);

    /// <summary>Ends the session an id names, if any: a sign-in never keeps the session the browser came with.</summary>
    public async Task EndAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (IsWellFormed(sessionId) && await store.FindAsync(KeyOf(sessionId!), cancellationToken) is { } session)
        {
            await store.DeleteAsync(session.UserId, session.Key, cancellationToken);
        }
    }

    /// <summary>
    /// Ends every session of the user (a password changed, an account locked, deactivated or disabled),
    /// but the one named by <paramref name="exceptKey"/>, the session that asked for it.
    /// </summary>
    public async Task EndAllAsync(string userId, CancellationToken cancellationToken, string? exceptKey = null)
    {
        foreach (var key in await store.KeysOfAsync(userId, cancellationToken))
        {
            if (key != exceptKey)
            {
                await store.DeleteAsync(userId, key, cancellationToken);
            }
        }
    }

    private string KeyOf(string sessionId) => SecretCodes.KeyedHash(secrets.SessionKey, sessionId);

    private static bool IsWellFormed(string? sessionId) =>
        sessionId is { Length: 64 } && sessionId.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
