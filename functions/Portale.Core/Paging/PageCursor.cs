using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Portale.Core.Paging;

/// <summary>
/// An opaque page cursor: after a storage key (index order) or at an offset (other orders), bound
/// to the query's fingerprint. It only ever addresses rows inside the caller's own partition.
/// </summary>
public sealed record PageCursor(string? After, int Offset, string Fingerprint)
{
    public string Encode() =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Wire(After, Offset, Short(Fingerprint))));

    public static bool TryDecode(string text, string fingerprint, out PageCursor? cursor)
    {
        cursor = null;
        try
        {
            var wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(text));
            if (wire is null || wire.F != Short(fingerprint) || wire.O < 0)
            {
                return false;
            }
            cursor = new PageCursor(wire.A, wire.O, fingerprint);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return false;
        }
    }

    private static string Short(string fingerprint) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..16];

    private sealed record Wire(string? A, int O, string F);
}
