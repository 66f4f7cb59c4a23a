using Azure;

namespace Portale.Adapters.Accounts;

/// <summary>Link tokens by their keyed hash; taking one deletes it with If-Match, so only one caller gets it.</summary>
public sealed class TableAccountTokenStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.AccountTokensTable), IAccountTokenStore
{
    public Task SaveAsync(AccountToken token, CancellationToken cancellationToken) =>
        Table.AddEntityAsync(TableRows.Of(token.Hash, string.Empty, new
        {
            Purpose = token.Purpose.ToString(), token.UserId, token.ExpiresAt,
        }), cancellationToken);

    public async Task<AccountToken?> TakeAsync(string hash, CancellationToken cancellationToken)
    {
        if (await Table.FindAsync(hash, string.Empty, cancellationToken) is not { } e)
        {
            return null;
        }
        try
        {
            await Table.DeleteEntityAsync(hash, string.Empty, e.ETag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
        return new AccountToken(
            hash, Enum.Parse<AccountTokenPurpose>(e.GetString("Purpose")), e.GetString("UserId"),
            e.GetDateTimeOffset("ExpiresAt")!.Value);
    }

    public Task<int> PurgeAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
        Table.DeleteWhereAsync(TableClient.CreateQueryFilter($"ExpiresAt lt {expiredBefore}"), cancellationToken);
}
