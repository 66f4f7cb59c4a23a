namespace Portale.Core.Receipts;

/// <summary>One stored receipt of a company: its JWS and what it says; another company's or an unknown id is 404.</summary>
public sealed class ReceiptReader(IReceiptStore store)
{
    public async Task<(Receipt Receipt, string Jws)> GetAsync(
        string companyId, string receiptId, CancellationToken cancellationToken)
    {
        var jws = await store.FindAsync(companyId, receiptId, cancellationToken) ?? throw RefusalException.NotFound();
        return (ReceiptJson.Parse(CompactJws.Payload(jws)), jws);
    }
}
