namespace Portale.Core.Receipts;

/// <summary>Signed receipts (compact JWS), one partition per company, written once and never changed.</summary>
public interface IReceiptStore
{
    /// <summary>Stores <paramref name="jws"/> unless the receipt exists: the first one written stays.</summary>
    Task AddOnceAsync(string companyId, string receiptId, string jws, CancellationToken cancellationToken);

    /// <summary>The receipt ids of <paramref name="companyId"/> starting with <paramref name="prefix"/>.</summary>
    Task<IReadOnlySet<string>> IdsAsync(string companyId, string prefix, CancellationToken cancellationToken);

    /// <summary>The compact JWS, or null for an unknown id or another company's receipt.</summary>
    Task<string?> FindAsync(string companyId, string receiptId, CancellationToken cancellationToken);
}
