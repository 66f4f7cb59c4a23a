using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Portale.Core.Receipts;

/// <summary>
/// JWS compact serialisation (RFC 7515) with ES256: BASE64URL(header).BASE64URL(payload).BASE64URL(R||S), the
/// protected header naming the key (<c>kid</c>) that a verifier looks up in the published JWKS.
/// </summary>
public static class CompactJws
{
    public const string Algorithm = "ES256";

    public static async Task<string> SignAsync(
        byte[] payload, IReceiptSigner signer, CancellationToken cancellationToken)
    {
        var kid = await signer.CurrentKidAsync(cancellationToken);
        var header = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["alg"] = Algorithm, ["kid"] = kid, ["typ"] = "ricevuta+json",
        });
        var input = $"{Base64Url.EncodeToString(header)}.{Base64Url.EncodeToString(payload)}";
        var signature = await signer.SignAsync(kid, Encoding.ASCII.GetBytes(input), cancellationToken);
        return $"{input}.{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>The payload of <paramref name="jws"/> once its signature verifies under one of <paramref name="keys"/>; else null.</summary>
    public static byte[]? Verify(string jws, IEnumerable<ReceiptKey> keys)
    {
        var parts = jws.Split('.');
        if (parts.Length != 3 || Decode(parts[0]) is not { } headerBytes || Decode(parts[1]) is not { } payload
            || Decode(parts[2]) is not { Length: 64 } signature)
        {
            return null;
        }
        string? alg, kid;
        try
        {
            using var header = JsonDocument.Parse(headerBytes);
            alg = header.RootElement.TryGetProperty("alg", out var a) ? a.GetString() : null;
            kid = header.RootElement.TryGetProperty("kid", out var k) ? k.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
        if (alg != Algorithm || keys.FirstOrDefault(k => k.Kid == kid) is not { } key
            || Decode(key.X) is not { } x || Decode(key.Y) is not { } y)
        {
            return null;
        }
        using var ecdsa = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = { X = x, Y = y } });
        var input = Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}");
        return ecdsa.VerifyData(input, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation)
            ? payload
            : null;
    }

    /// <summary>The payload of <paramref name="jws"/>, unverified (the portal reads back what it stored).</summary>
    public static byte[] Payload(string jws) => Decode(jws.Split('.')[1]) ?? [];

    private static byte[]? Decode(string text)
    {
        try
        {
            return Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
