namespace Portale.Adapters.Accounts;

/// <summary>One row per mobile number (E.164) holding its codice fiscale; the first insert wins.</summary>
public sealed class TableMobileRegistry(StorageClients clients)
    : TableAdapter(clients, StorageNames.MobilesTable), IMobileRegistry
{
    public async Task<string?> HolderAsync(string mobile, CancellationToken cancellationToken)
    {
        return (await Table.FindAsync(mobile, string.Empty, cancellationToken))?.GetString("FiscalCode");
    }

    public async Task<bool> TryClaimAsync(string mobile, string fiscalCode, CancellationToken cancellationToken) =>
        await Table.TryAddAsync(
            new TableEntity(mobile, string.Empty) { ["FiscalCode"] = fiscalCode }, cancellationToken)
        || await HolderAsync(mobile, cancellationToken) == fiscalCode;

    public async Task<bool> ReleaseAsync(string mobile, string fiscalCode, CancellationToken cancellationToken)
    {
        if (await Table.FindAsync(mobile, string.Empty, cancellationToken) is not { } claim
            || claim.GetString("FiscalCode") != fiscalCode)
        {
            return false;
        }
        try
        {
            await Table.DeleteEntityAsync(mobile, string.Empty, claim.ETag, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }
}
