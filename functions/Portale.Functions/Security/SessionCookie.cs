namespace Portale.Functions.Security;

/// <summary>
/// The session cookie: opaque id only, HttpOnly, Secure, SameSite=Strict, and named with the
/// <c>__Host-</c> prefix, which browsers accept only with Secure, Path=/ and no Domain: no sibling
/// subdomain can set or shadow it. Chromium counts http://127.0.0.1 and localhost as secure for
/// cookies, so the local host on plain HTTP keeps it.
/// </summary>
public static class SessionCookie
{
    public const string Name = "__Host-portale_session";

    public static void Write(HttpResponse response, OpenedSession opened) =>
        response.Cookies.Append(Name, opened.Id, Options(
            // Max-Age, not Expires: the browser's clock, not the business clock, counts it down
            // (the server-side session decides validity anyway).
            maxAge: opened.Session.ExpiresAt - opened.Session.CreatedAt));

    public static void Clear(HttpResponse response) => response.Cookies.Delete(Name, Options(maxAge: null));

    private static CookieOptions Options(TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        MaxAge = maxAge,
    };
}
