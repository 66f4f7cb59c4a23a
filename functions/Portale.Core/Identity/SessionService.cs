using System.Security.Cryptography;

namespace Portale.Core.Identity;

/// <summary>Opens, resolves (sliding the idle timeout) and ends operator sessions.</summary>
public sealed class SessionService(ISessionStore store, TimeProvider clock)
{
    public async Task<OperatorSession> OpenAsync(string userId, string username, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant();
        var session = new OperatorSession(id, userId, username, now, now, now + OperatorSession.AbsoluteLifetime);
        await store.SaveAsync(session, cancellationToken);
        return session;
    }

    public async Task<OperatorPrincipal?> ResolveAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId) || sessionId.Length != 64)
        {
            return null;
        }
        var session = await store.FindAsync(sessionId, cancellationToken);
        var now = clock.GetUtcNow();
        if (session is null || !session.IsValidAt(now))
        {
            return null;
        }
        if (now - session.LastSeenAt > TimeSpan.FromMinutes(1))
        {
            await store.SaveAsync(session with { LastSeenAt = now }, cancellationToken);
        }
        return new OperatorPrincipal(session.UserId, session.Username, session.Id);
    }

    public Task EndAsync(string sessionId, CancellationToken cancellationToken) =>
        store.DeleteAsync(sessionId, cancellationToken);
}
