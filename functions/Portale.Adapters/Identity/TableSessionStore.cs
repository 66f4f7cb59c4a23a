using Azure;

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
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(sessionId, string.Empty, cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value is not { } e)
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

    public async Task DeleteAsync(string sessionId, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(sessionId, string.Empty, ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
    }
}
