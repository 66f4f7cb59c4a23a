using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Portale.Core.Accounts.Users;
using Portale.Core.Paging;

namespace Portale.Core.Tests.Accounts.Fakes;

internal sealed class InMemoryUserStore : IUserStore
{
    private readonly ConcurrentDictionary<string, UserAccount> rows = new();
    private int version;

    public Task<UserAccount?> FindAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(rows.TryGetValue(userId, out var u) ? u : null);

    public Task<bool> TryCreateAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult(rows.TryAdd(user.Id, user with { Version = Next() }));

    public Task<bool> TryUpdateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        lock (rows)
        {
            if (!rows.TryGetValue(user.Id, out var current) || current.Version != user.Version)
            {
                return Task.FromResult(false);
            }
            rows[user.Id] = user with { Version = Next() };
            return Task.FromResult(true);
        }
    }

    public Task DeleteAsync(string userId, CancellationToken cancellationToken)
    {
        rows.TryRemove(userId, out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UserAccount>> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<UserAccount>>(rows.Values.Where(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase)).ToList());

    public async IAsyncEnumerable<UserAccount> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var user in rows.Values.ToList())
        {
            await Task.Yield();
            yield return user;
        }
    }

    public Task<KeyedPage<UserAccount>> PageAsync(
        string? after, int take, UserState? state, CancellationToken cancellationToken)
    {
        var all = rows.Values.Where(u => (after is null || string.CompareOrdinal(u.Id, after) > 0)
            && (state is null || UserStates.Of(u) == state)).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var items = all.Take(take).ToList();
        return Task.FromResult(new KeyedPage<UserAccount>(items, all.Count > take ? items[^1].Id : null));
    }

    public Task<int> CountAsync(UserState? state, CancellationToken cancellationToken) =>
        Task.FromResult(rows.Values.Count(u => state is null || UserStates.Of(u) == state));

    private string Next() => Interlocked.Increment(ref version).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
