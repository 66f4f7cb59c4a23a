namespace Portale.Adapters.Accounts;

/// <summary>Used captcha challenges: the insert's 409 is the "already used" answer.</summary>
public sealed class TableCaptchaLedger(StorageClients clients)
    : TableAdapter(clients, StorageNames.CaptchaLedgerTable), ICaptchaLedger
{
    public Task<bool> TryUseAsync(string challenge, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        Table.TryAddAsync(new TableEntity(challenge, string.Empty) { ["ExpiresAt"] = expiresAt }, cancellationToken);

    public Task<int> PurgeAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken) =>
        Table.DeleteWhereAsync(TableClient.CreateQueryFilter($"ExpiresAt lt {expiredBefore}"), cancellationToken);
}
