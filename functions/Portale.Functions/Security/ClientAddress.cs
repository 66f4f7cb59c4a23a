namespace Portale.Functions.Security;

/// <summary>
/// The caller's address for rate limits: the last hop of X-Forwarded-For (the one Azure's front end
/// appends, which a client cannot forge), else the connection's address.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpRequest request)
    {
        var forwarded = request.Headers["X-Forwarded-For"].ToString();
        var last = forwarded
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault();
        return last is { Length: > 0 and <= 64 }
            ? last
            : request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
