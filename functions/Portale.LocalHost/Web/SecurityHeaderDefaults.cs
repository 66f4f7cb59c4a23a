using Portale.Functions.Security;

namespace Portale.LocalHost.Web;

/// <summary>
/// Every response of the local host carries the security headers, not only the functions' (whose worker
/// middleware sets the same ones): the web app and its files get the web policy, <c>/api</c> and
/// <c>/admin</c> — unknown routes included — the API's. In Azure the Static Web App sends the web set.
/// </summary>
public static class SecurityHeaderDefaults
{
    public static void UseSecurityHeaders(this WebApplication app)
    {
        var https = !app.Environment.IsDevelopment();
        app.Use((http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/admin"))
            {
                SecurityHeaders.ForApi(http.Response, https);
            }
            else
            {
                SecurityHeaders.ForWeb(http.Response, https);
            }
            return next(http);
        });
    }
}
