using System.Net;
using System.Net.Sockets;

namespace Portale.Core.Clients;

/// <summary>
/// Which URLs a webhook may name. HTTPS only, never to an address inside a network (loopback, private,
/// link-local, unique-local, CGNAT, unspecified, multicast): the portal must not be made to call its own
/// infrastructure (SSRF). In Development only, http://localhost and loopback addresses, for a local receiver.
/// </summary>
public static class WebhookUrl
{
    public const string Invalid =
        "Indicare un indirizzo HTTPS completo e raggiungibile da Internet (per esempio https://crm.esempio.it/portale).";
    public const string PrivateAddress =
        "L'indirizzo del webhook punta a una rete privata o locale: indicare un indirizzo pubblico.";

    /// <summary>The refusal of <paramref name="url"/> (null: accepted) before its host is resolved.</summary>
    public static string? Refusal(string? url, bool development)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0 || url!.Length > 500
            || uri.HostNameType == UriHostNameType.Unknown)
        {
            return Invalid;
        }
        if (development && IsLoopbackHost(uri))
        {
            return uri.Scheme is "http" or "https" ? null : Invalid;
        }
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return Invalid;
        }
        return IsLoopbackHost(uri) || IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal) && !IsPublic(literal)
            ? PrivateAddress
            : null;
    }

    /// <summary>Whether an address the host resolved to (or the connection reached) may be called.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || (first & 0xFE) == 0xFC);
        }
        var b = address.GetAddressBytes();
        return !(b[0] == 10 || b[0] == 0 || b[0] == 127 || b[0] >= 224
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127));
    }

    public static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase);
}
