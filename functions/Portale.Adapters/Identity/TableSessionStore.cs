using Azure;

namespace Portale.Adapters.Identity;

/// <summary>
/// One row per session, keyed by its key (the keyed hash of its id): a point read per request. Beside
/// them, one row per session in its user's partition <c>user-{userId}</c>, so every session of a user
/// can be found and ended. <c>EndsAt</c> (idle or absolute end, whichever is first) lets the clean-up
/// find ended sessions with one filter.
/// </summary>
public sealed class TableSessionStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.SessionsTable), ISessionStore
{
    private const string UserPrefix = "user-";

    public async Task AddAsync(OperatorSession session, CancellationToken cancellationToken)
    {
        await Table.UpsertEntityAsync(
            TableRows.Of(UserPrefix + session.UserId, session.Key, new { session.ExpiresAt }),
            TableUpdateMode.Replace, cancellationToken);
        await Table.AddEntityAsync(TableRows.Of(session.Key, string.Empty, new
        {
            session.UserId, session.Username, session.CreatedAt, session.LastSeenAt, session.ExpiresAt,
            session.EndsAt,
        }), cancellationToken);
    }

    public async Task<OperatorSession?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (await Table.FindAsync(key, string.Empty, cancellationToken) is not { } e)
        {
            return null;
        }
        return new OperatorSession(
            e.PartitionKey,
            e.GetString("UserId"),
            e.GetString("Username"),
            e.GetDateTimeOffset("CreatedAt")!.Value,
            e.GetDateTimeOffset("LastSeenAt")!.Value,
            e.GetDateTimeOffset("ExpiresAt")!.Value);
    }

    public async Task<bool> TouchAsync(OperatorSession session, CancellationToken cancellationToken)
    {
        try
        {
            // If-Match: * — the row must still exist; an upsert would write a deleted session back.
            await Table.UpdateEntityAsync(
                TableRows.Of(session.Key, string.Empty, new { session.LastSeenAt, session.EndsAt }), ETag.All,
                TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string userId, string key, CancellationToken cancellationToken)
    {
        await Table.DeleteIfExistsAsync(key, string.Empty, cancellationToken);
        if (TableKeys.IsSafe(userId))
        {
            await Table.DeleteIfExistsAsync(UserPrefix + userId, key, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> KeysOfAsync(string userId, CancellationToken cancellationToken) =>
        TableKeys.IsSafe(userId)
            ? await Table.ReadPartitionAsync(UserPrefix + userId, e => e.RowKey, cancellationToken, ["RowKey"])
            : [];

    /// <summary>Session rows past their end, and user rows past their session's absolute end.</summary>
    public Task<int> PurgeAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken) =>
        Table.DeleteWhereAsync(
            TableClient.CreateQueryFilter($"EndsAt lt {endedBefore} or ExpiresAt lt {endedBefore}"), cancellationToken);
}
