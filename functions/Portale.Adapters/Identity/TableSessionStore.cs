namespace Portale.Adapters.Identity;

/// <summary>One row per session, keyed by its opaque id: a point read per request.</summary>
public sealed class TableSessionStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.SessionsTable), ISessionStore
{
    public Task SaveAsync(OperatorSession session, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(TableRows.Of(session.Id, string.Empty, new
        {
            session.UserId, session.Username, session.CreatedAt, session.LastSeenAt, session.ExpiresAt,
        }), TableUpdateMode.Replace, cancellationToken);

    public async Task<OperatorSession?> FindAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await Table.FindAsync(sessionId, string.Empty, cancellationToken) is not { } e)
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

    public Task DeleteAsync(string sessionId, CancellationToken cancellationToken) =>
        Table.DeleteIfExistsAsync(sessionId, string.Empty, cancellationToken);
}
