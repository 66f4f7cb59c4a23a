namespace Portale.LocalHost.Web;

/// <summary>Finds the built front end (<c>web/dist</c>) unless <c>Portale:LocalHost:WebRoot</c> names it.</summary>
public static class WebRoot
{
    public static string? Locate(IConfiguration configuration)
    {
        if (configuration["Portale:LocalHost:WebRoot"] is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "web", "dist");
                if (File.Exists(Path.Combine(candidate, "index.html")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
