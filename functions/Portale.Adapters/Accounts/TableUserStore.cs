using System.Runtime.CompilerServices;
using Azure;

namespace Portale.Adapters.Accounts;

/// <summary>
/// Accounts keyed by the lower-case username (uniqueness ignoring case is the insert's 409) and
/// updated with If-Match, so concurrent counters (failed OTP codes) never lose a write.
/// </summary>
public sealed class TableUserStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.UsersTable), IUserStore
{
    public async Task<UserAccount?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(userId))
        {
            return null;
        }
        return await Table.FindAsync(userId, string.Empty, cancellationToken) is { } e
            ? UserEntityMapper.FromEntity(e)
            : null;
    }

    public Task<bool> TryCreateAsync(UserAccount user, CancellationToken cancellationToken) =>
        Table.TryAddAsync(UserEntityMapper.ToEntity(user with { Version = null }), cancellationToken);

    public async Task<bool> TryUpdateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        var entity = UserEntityMapper.ToEntity(user);
        try
        {
            await Table.UpdateEntityAsync(
                entity, user.Version is null ? ETag.All : entity.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    public Task DeleteAsync(string userId, CancellationToken cancellationToken) =>
        Table.DeleteIfExistsAsync(userId, string.Empty, cancellationToken);

    public async Task<IReadOnlyList<UserAccount>> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var key = UserEntityMapper.EmailKey(email);
        var found = new List<UserAccount>();
        await foreach (var e in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"EmailKey eq {key}"), cancellationToken: cancellationToken))
        {
            found.Add(UserEntityMapper.FromEntity(e));
        }
        return found;
    }

    public async IAsyncEnumerable<UserAccount> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in Table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            yield return UserEntityMapper.FromEntity(e);
        }
    }

    public Task<KeyedPage<UserAccount>> PageAsync(
        string? after, int take, UserState? state, CancellationToken cancellationToken)
    {
        var from = after is null ? "" : TableClient.CreateQueryFilter($"PartitionKey gt {after}");
        var filter = string.Join(" and ", new[] { from, StateFilter(state) }.Where(f => f.Length > 0));
        return PageByPartitionAsync(filter, take, cancellationToken);
    }

    public async Task<int> CountAsync(UserState? state, CancellationToken cancellationToken)
    {
        var count = 0;
        var filter = StateFilter(state);
        await foreach (var _ in Table.QueryAsync<TableEntity>(
            filter.Length == 0 ? null : filter, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            count++;
        }
        return count;
    }

    /// <summary>The same states as <see cref="UserStates.Of"/>, as a storage filter.</summary>
    private static string StateFilter(UserState? state) => state switch
    {
        null => "",
        UserState.Unconfirmed => TableClient.CreateQueryFilter($"Status eq {nameof(AccountStatus.Pending)}"),
        UserState.Deactivated => TableClient.CreateQueryFilter($"Status eq {nameof(AccountStatus.Deactivated)}"),
        UserState.Locked => TableClient.CreateQueryFilter($"Status eq {nameof(AccountStatus.Active)} and Locked eq true"),
        _ => TableClient.CreateQueryFilter($"Status eq {nameof(AccountStatus.Active)} and Locked eq false"),
    };

    // Accounts have an empty RowKey: the page continues after the PartitionKey (the user id).
    private async Task<KeyedPage<UserAccount>> PageByPartitionAsync(
        string filter, int take, CancellationToken cancellationToken)
    {
        var items = new List<UserAccount>(take);
        await foreach (var e in Table.QueryAsync<TableEntity>(
            filter.Length == 0 ? null : filter, maxPerPage: take + 1, cancellationToken: cancellationToken))
        {
            if (items.Count == take)
            {
                return new KeyedPage<UserAccount>(items, items[^1].Id);
            }
            items.Add(UserEntityMapper.FromEntity(e));
        }
        return new KeyedPage<UserAccount>(items, null);
    }
}
