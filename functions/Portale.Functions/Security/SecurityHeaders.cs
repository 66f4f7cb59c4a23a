namespace Portale.Functions.Security;

/// <summary>
/// The security headers of every response, in one place: the API's (JSON, problems, documents — none
/// of it cached, none of it framed, none of it run as a page) and the web app's, whose policy allows
/// only the app's own scripts, styles, fonts and images (plus <c>data:</c> images and fonts, which
/// bootstrap-italia's CSS uses). HSTS outside Development: the portal is HTTPS-only in Azure, while the
/// local host serves plain HTTP on 127.0.0.1. The Static Web App sends the web set from
/// <c>web/public/staticwebapp.config.json</c>; a test keeps the two equal.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string WebPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self' https://login.microsoftonline.com; object-src 'none'; base-uri 'self'; form-action 'self'; " +
        "frame-ancestors 'none'";

    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <summary>The API's answers: personal data and documents, never stored by a browser or a proxy.</summary>
    public static void ForApi(HttpResponse response, bool https)
    {
        Common(response, https);
        response.Headers.ContentSecurityPolicy = ApiPolicy;
        response.Headers.CacheControl = "no-store";
    }

    public static void ForWeb(HttpResponse response, bool https)
    {
        Common(response, https);
        response.Headers.ContentSecurityPolicy = WebPolicy;
    }

    private static void Common(HttpResponse response, bool https)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["Cross-Origin-Opener-Policy"] = "same-origin";
        response.Headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        if (https)
        {
            response.Headers.StrictTransportSecurity = StrictTransportSecurity;
        }
    }
}
