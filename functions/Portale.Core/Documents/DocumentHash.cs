using System.Security.Cryptography;

namespace Portale.Core.Documents;

/// <summary>
/// The hash the portal records for every stored PDF (Hash Lettera, Hash Risposta, the hash of a
/// communication or a sollecito): SHA-256 of its bytes, as 64 lower-case hexadecimal digits.
/// </summary>
public static class DocumentHash
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
