namespace Portale.Functions.Security;

/// <summary>The session cookie: opaque id only, HttpOnly, Secure, SameSite=Strict.</summary>
public static class SessionCookie
{
    public const string Name = "portale_session";

    public static void Write(HttpResponse response, OperatorSession session) =>
        response.Cookies.Append(Name, session.Id, Options(
            // Max-Age, not Expires: the browser's clock, not the business clock, counts it down
            // (the server-side session decides validity anyway).
            maxAge: session.ExpiresAt - session.CreatedAt));

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
