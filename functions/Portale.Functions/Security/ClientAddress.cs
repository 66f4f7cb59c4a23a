using System.Net;

namespace Portale.Functions.Security;

/// <summary>
/// The caller's address for rate limits. The connection's address, unless it is a proxy the
/// deployment names as trusted (<c>Portale:Network:TrustedProxies</c>: addresses and CIDR ranges,
/// comma-separated): then <c>X-Forwarded-For</c> is read from its last hop backwards, each hop
/// believed only while the one that added it is trusted, and the first untrusted hop is the caller.
/// With nothing trusted (the default) the header is ignored: a caller cannot forge another address.
/// </summary>
public sealed class ClientAddress
{
    public const string TrustedProxiesSetting = "Portale:Network:TrustedProxies";

    // A longer chain than any real deployment has (browser → Front Door → Static Web App → host → worker).
    private const int MaxHops = 10;

    private readonly IReadOnlyList<IPNetwork> trusted;

    public ClientAddress(IConfiguration configuration)
    {
        var setting = configuration[TrustedProxiesSetting] ?? string.Empty;
        trusted = [.. setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Network)];
    }

    public string Of(HttpRequest request)
    {
        var current = Normalize(request.HttpContext.Connection.RemoteIpAddress);
        if (current is null)
        {
            return "unknown";
        }
        var hops = request.Headers["X-Forwarded-For"].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var hop in hops.Reverse().Take(MaxHops))
        {
            if (!IsTrusted(current) || Parse(hop) is not { } forwarded)
            {
                break;
            }
            current = forwarded;
        }
        return current.ToString();
    }

    private bool IsTrusted(IPAddress address) => trusted.Any(network => network.Contains(address));

    private static IPNetwork Network(string entry)
    {
        if (IPNetwork.TryParse(entry, out var network))
        {
            return network;
        }
        return IPAddress.TryParse(entry, out var address)
            ? new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128)
            : throw new InvalidOperationException(
                $"{TrustedProxiesSetting}: '{entry}' is neither an IP address nor a CIDR range.");
    }

    /// <summary>An address as proxies write it: bare, with a port (<c>1.2.3.4:5678</c>) or bracketed IPv6.</summary>
    private static IPAddress? Parse(string hop)
    {
        if (IPAddress.TryParse(hop, out var address))
        {
            return Normalize(address);
        }
        return IPEndPoint.TryParse(hop, out var endPoint) ? Normalize(endPoint.Address) : null;
    }

    private static IPAddress? Normalize(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
}
