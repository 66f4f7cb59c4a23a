using Microsoft.AspNetCore.Http;
using Portale.Core.Identity;

namespace Portale.Functions.Auth;

/// <summary>The session cookie: opaque id only, HttpOnly, Secure, SameSite=Strict.</summary>
public static class SessionCookie
{
    public const string Name = "portale_session";
    public const string CsrfHeader = "X-Requested-With";
    public const string CsrfValue = "portale";

    public static void Write(HttpResponse response, OperatorSession session) =>
        response.Cookies.Append(Name, session.Id, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            // Max-Age, not Expires: the browser's clock, not the business clock, counts it down
            // (the server-side session decides validity anyway).
            MaxAge = session.ExpiresAt - session.CreatedAt,
        });

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict, Path = "/" });
}
