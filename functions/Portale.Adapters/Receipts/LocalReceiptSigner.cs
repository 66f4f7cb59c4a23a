using System.Buffers.Text;
using System.Security.Cryptography;

namespace Portale.Adapters.Receipts;

/// <summary>
/// Development and tests: P-256 keys made on first use and kept in local storage (table <c>receiptkeys</c>,
/// never in the repository), newest first; <see cref="RotateAsync"/> adds one, and the old ones stay
/// published so the receipts they signed still verify. In Azure, <see cref="KeyVaultReceiptSigner"/>.
/// </summary>
public sealed class LocalReceiptSigner(StorageClients clients, TimeProvider clock)
    : TableAdapter(clients, StorageNames.ReceiptKeysTable), IReceiptSigner
{
    private const string Partition = "local";

    private IReadOnlyList<(string Kid, byte[] Pkcs8, ReceiptKey Public)>? keys;

    public async Task<string> CurrentKidAsync(CancellationToken cancellationToken) =>
        (await KeysAsync(cancellationToken))[0].Kid;

    public async Task<byte[]> SignAsync(string kid, byte[] signingInput, CancellationToken cancellationToken)
    {
        var key = (await KeysAsync(cancellationToken)).First(k => k.Kid == kid);
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(key.Pkcs8, out _);
        return ecdsa.SignData(signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    public async Task<IReadOnlyList<ReceiptKey>> PublicKeysAsync(CancellationToken cancellationToken) =>
        [.. (await KeysAsync(cancellationToken)).Select(k => k.Public)];

    /// <summary>A new current key; the previous ones keep verifying what they signed.</summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        var kid = await CreateAsync(cancellationToken);
        keys = null;
        return kid;
    }

    private async Task<IReadOnlyList<(string Kid, byte[] Pkcs8, ReceiptKey Public)>> KeysAsync(
        CancellationToken cancellationToken)
    {
        if (keys is { } known)
        {
            return known;
        }
        var rows = await ReadAsync(cancellationToken);
        if (rows.Count == 0)
        {
            await CreateAsync(cancellationToken); // first start: two hosts racing make two keys, both published
            rows = await ReadAsync(cancellationToken);
        }
        return keys = rows;
    }

    private async Task<List<(string Kid, byte[] Pkcs8, ReceiptKey Public)>> ReadAsync(CancellationToken cancellationToken)
    {
        var rows = new List<(string, byte[], ReceiptKey)>();
        await foreach (var e in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), cancellationToken: cancellationToken))
        {
            var kid = e.GetString("Kid") ?? "";
            rows.Add((kid, Convert.FromBase64String(e.GetString("Pkcs8") ?? ""),
                new ReceiptKey(kid, e.GetString("X") ?? "", e.GetString("Y") ?? "")));
        }
        return rows;
    }

    private async Task<string> CreateAsync(CancellationToken cancellationToken)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var point = ecdsa.ExportParameters(false).Q;
        var now = clock.GetUtcNow();
        var kid = string.Create(CultureInfo.InvariantCulture,
            $"local-{now:yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        // Newest first in key order.
        var row = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks:D19}_{kid}");
        await Table.AddEntityAsync(TableRows.Of(Partition, row, new
        {
            Kid = kid, Pkcs8 = Convert.ToBase64String(ecdsa.ExportPkcs8PrivateKey()),
            X = Base64Url.EncodeToString(point.X), Y = Base64Url.EncodeToString(point.Y), CreatedAt = now,
        }), cancellationToken);
        return kid;
    }
}
