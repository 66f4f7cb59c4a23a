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
}
