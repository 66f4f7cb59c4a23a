namespace Portale.Functions.Hosting;

public static class JsonRegistration
{
    /// <summary>
    /// MVC writes the functions' <c>ObjectResult</c>s (in the worker's ASP.NET Core integration and in the
    /// local host) with its own options; minimal APIs (the local host's admin routes) with theirs: both get
    /// <see cref="PortaleJson"/>'s settings, so every answer is written like a problem.
    /// </summary>
    public static IServiceCollection AddPortaleJson(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => PortaleJson.Apply(o.JsonSerializerOptions));
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => PortaleJson.Apply(o.SerializerOptions));
        return services;
    }
}
