using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Portale.Core.Receipts;

namespace Portale.Core.Tests.Uploads.Fakes;

/// <summary>Receipts in memory, written once like the table's; "receipts.add" is a crash point.</summary>
public sealed class InMemoryReceiptStore(Faults faults) : IReceiptStore
{
    public ConcurrentDictionary<(string Company, string Id), string> Rows { get; } = new();

    public Task AddOnceAsync(string companyId, string receiptId, string jws, CancellationToken cancellationToken)
    {
        faults.Hit("receipts.add");
        Rows.TryAdd((companyId, receiptId), jws);
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<string>> IdsAsync(string companyId, string prefix, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(
            Rows.Keys.Where(k => k.Company == companyId && k.Id.StartsWith(prefix, StringComparison.Ordinal))
                .Select(k => k.Id).ToHashSet());

    public Task<string?> FindAsync(string companyId, string receiptId, CancellationToken cancellationToken) =>
        Task.FromResult(Rows.GetValueOrDefault((companyId, receiptId)));

    public IEnumerable<Receipt> Of(string companyId) =>
        Rows.Where(r => r.Key.Company == companyId).Select(r => ReceiptJson.Parse(CompactJws.Payload(r.Value)));
}

/// <summary>Real P-256 keys held in memory: signs like the local key, rotates like it.</summary>
public sealed class InMemoryReceiptSigner : IReceiptSigner
{
    private readonly List<(string Kid, ECDsa Key)> keys = [("k1", ECDsa.Create(ECCurve.NamedCurves.nistP256))];

    public string Rotate()
    {
        var kid = $"k{keys.Count + 1}";
        keys.Insert(0, (kid, ECDsa.Create(ECCurve.NamedCurves.nistP256)));
        return kid;
    }

    public Task<string> CurrentKidAsync(CancellationToken cancellationToken) => Task.FromResult(keys[0].Kid);

    public Task<byte[]> SignAsync(string kid, byte[] signingInput, CancellationToken cancellationToken) =>
        Task.FromResult(keys.First(k => k.Kid == kid).Key.SignData(
            signingInput, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    public Task<IReadOnlyList<ReceiptKey>> PublicKeysAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReceiptKey>>([.. keys.Select(k =>
        {
            var q = k.Key.ExportParameters(false).Q;
            return new ReceiptKey(k.Kid, Base64Url.EncodeToString(q.X), Base64Url.EncodeToString(q.Y));
        })]);
}
