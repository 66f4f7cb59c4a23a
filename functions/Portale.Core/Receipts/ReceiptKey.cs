namespace Portale.Core.Receipts;

/// <summary>A public key receipts are verified with: a P-256 point (base64url coordinates) named by its kid.</summary>
public sealed record ReceiptKey(string Kid, string X, string Y);
