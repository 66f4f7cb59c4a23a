using Microsoft.Extensions.FileProviders;

namespace Portale.LocalHost.Web;

/// <summary>Serves the built web app, falling back to index.html for its client-side routes.</summary>
public static class WebAppEndpoints
{
    public static void UseWebApp(this WebApplication app)
    {
        var root = WebRoot.Locate(app.Configuration);
        if (root is null)
        {
            app.Logger.LogWarning("web/dist not found: build the web app (npm run build in web/) to serve it.");
            const string notBuilt = "Interfaccia web non compilata: eseguire 'npm run build' nella cartella web/.";
            app.MapFallback(() => Results.Text(notBuilt, statusCode: 503))
                .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
            return;
        }
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallbackToFile("index.html", new StaticFileOptions { FileProvider = files })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
    }
}
