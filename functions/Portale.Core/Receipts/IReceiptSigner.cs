namespace Portale.Core.Receipts;

/// <summary>
/// The portal's receipt key: Key Vault in Azure (the private key never leaves it), a development key locally.
/// </summary>
public interface IReceiptSigner
{
    /// <summary>The kid the next signature will carry (it goes into the protected header it signs).</summary>
    Task<string> CurrentKidAsync(CancellationToken cancellationToken);

    /// <summary>Signs <paramref name="signingInput"/> with ES256 under key <paramref name="kid"/>.</summary>
    Task<byte[]> SignAsync(string kid, byte[] signingInput, CancellationToken cancellationToken);

    /// <summary>Every key that signed receipts, the current one and those rotated out (old receipts still verify).</summary>
    Task<IReadOnlyList<ReceiptKey>> PublicKeysAsync(CancellationToken cancellationToken);
}
