namespace Portale.Core.Receipts;

/// <summary>An ES256 signature (R and S, 32 bytes each, as JWS wants them) and the key that made it.</summary>
public sealed record ReceiptSignature(string Kid, byte[] Signature);
