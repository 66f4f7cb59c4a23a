using Microsoft.AspNetCore.Http;
using Portale.Core.Identity;
using Portale.Core.Refusals;

namespace Portale.Functions.Security;

/// <summary>The session cookie: opaque id only, HttpOnly, Secure, SameSite=Strict.</summary>
public static class SessionCookie
{
    public const string Name = "portale_session";
    public const string CsrfHeader = "X-Requested-With";
    public const string CsrfValue = "portale";
    public const string CsrfRefused = "Richiesta non valida: ricarica la pagina e riprova.";

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

    /// <summary>State-changing calls of a session carry the header a cross-site form cannot send.</summary>
    public static void RequireCsrfHeader(HttpRequest request)
    {
        if (request.Headers[CsrfHeader] != CsrfValue)
        {
            throw RefusalException.Forbidden("csrf", CsrfRefused);
        }
    }

    public static void Clear(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { HttpOnly = true, Secure = true, SameSite = SameSiteMode.Strict, Path = "/" });
}
