using System.Security.Cryptography;
using System.Text;

namespace Portale.Adapters.Messaging;

/// <summary>
/// The ACS access-key scheme (as the SDK's HMACAuthenticationPolicy): x-ms-content-sha256 =
/// base64(SHA-256(body)); x-ms-date (RFC 1123); string to sign
/// "METHOD\npathAndQuery\ndate;host;contentHash"; signature = base64(HMAC-SHA256(key, ASCII(that))).
/// </summary>
public static class AcsHmacSigner
{
    public static void Sign(HttpRequestMessage request, byte[] body, string accessKey, DateTimeOffset now)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        var contentHash = Convert.ToBase64String(SHA256.HashData(body));
        var date = now.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
        var signature = Signature(request.Method.Method, uri.PathAndQuery, date, uri.Authority, contentHash, accessKey);
        request.Headers.TryAddWithoutValidation("x-ms-date", date);
        request.Headers.TryAddWithoutValidation("x-ms-content-sha256", contentHash);
        request.Headers.TryAddWithoutValidation("Authorization", "HMAC-SHA256 " +
            $"SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature={signature}");
    }

    public static string Signature(
        string method, string pathAndQuery, string date, string host, string contentHash, string accessKey)
    {
        var toSign = $"{method.ToUpperInvariant()}\n{pathAndQuery}\n{date};{host};{contentHash}";
        return Convert.ToBase64String(
            HMACSHA256.HashData(Convert.FromBase64String(accessKey), Encoding.ASCII.GetBytes(toSign)));
    }
}
