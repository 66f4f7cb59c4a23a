namespace Portale.Adapters.Receipts;

/// <summary>
/// Portale:Receipts. With <see cref="KeyVaultUri"/> and <see cref="KeyName"/> receipts are signed by Key Vault's
/// sign operation (Azure); without them, by a local development key (<see cref="LocalReceiptSigner"/>).
/// </summary>
public sealed class ReceiptSigningOptions
{
    public string? KeyVaultUri { get; set; }

    public string KeyName { get; set; } = "receipts";

    /// <summary>The user-assigned managed identity's client id (as for storage); empty = DefaultAzureCredential.</summary>
    public string? ClientId { get; set; }

    public bool UsesKeyVault => !string.IsNullOrWhiteSpace(KeyVaultUri);
}
