using Portale.Functions.Portal;

namespace Portale.LocalHost;

/// <summary>
/// Kestrel in place of the Functions host: the app's own function classes and service registration,
/// its worker middleware, its HTTP, timer and blob triggers, and the built web app.
/// </summary>
public static class LocalHostApplication
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    public static WebApplication Build(string[] args, params Assembly[] extraFunctionAssemblies)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.Services.AddPortaleFunctions(builder.Configuration, builder.Environment);
        builder.Services.AddMvcCore();
        var catalog = new FunctionCatalog([typeof(PortalFunctions).Assembly, .. extraFunctionAssemblies]);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton<BlobReceipts>();
        builder.Services.AddSingleton<BlobTriggerDispatcher>();
        // Tests sharing one Azurite turn schedules off, or one host's daily jobs (running on its own
        // moved clock) would act on the others' data; timers can still be run with /admin/functions.
        if (builder.Configuration.GetValue("Portale:LocalHost:RunTimers", true))
        {
            builder.Services.AddHostedService<TimerScheduler>();
        }
        builder.Services.AddHostedService<BlobTriggerWatcher>();
        builder.Services.AddDemoSeeder(builder.Configuration);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseWebApp();
        app.MapHttpFunctions(app.Services.GetRequiredService<FunctionCatalog>());
        if (app.Environment.IsDevelopment())
        {
            app.MapAdminEndpoints();
        }
        app.Map("admin/{**rest}", () => Results.NotFound());
        return app;
    }
}
