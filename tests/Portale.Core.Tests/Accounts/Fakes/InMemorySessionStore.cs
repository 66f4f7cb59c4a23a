using System.Collections.Concurrent;
using Portale.Core.Identity;

namespace Portale.Core.Tests.Accounts.Fakes;

internal sealed class InMemorySessionStore : ISessionStore
{
    private readonly ConcurrentDictionary<string, OperatorSession> sessions = new();

    public Task AddAsync(OperatorSession session, CancellationToken cancellationToken)
    {
        sessions[session.Key] = session;
        return Task.CompletedTask;
    }

    public Task<OperatorSession?> FindAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.GetValueOrDefault(key));

    public Task<bool> TouchAsync(OperatorSession session, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.TryGetValue(session.Key, out var stored) && sessions.TryUpdate(session.Key, session, stored));

    public Task DeleteAsync(string userId, string key, CancellationToken cancellationToken)
    {
        sessions.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> KeysOfAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(sessions.Values.Where(s => s.UserId == userId).Select(s => s.Key).ToList());

    public Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken) =>
        Task.FromResult(sessions.Values.Where(s => s.EndsAt < endedBefore).Count(s => sessions.TryRemove(s.Key, out _)));
}
