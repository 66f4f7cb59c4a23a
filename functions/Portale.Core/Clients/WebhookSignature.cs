using System.Security.Cryptography;

namespace Portale.Core.Clients;

/// <summary>
/// The published scheme: <c>Portale-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of
/// "t.body" with the endpoint's signing secret&gt;</c>. A receiver recomputes it over the raw body and
/// refuses a timestamp older than a few minutes (replays).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Portale-Signature";

    public static string Of(string secret, DateTimeOffset at, string body)
    {
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + body));
        return $"t={t},v1={Convert.ToHexString(mac).ToLowerInvariant()}";
    }
}
