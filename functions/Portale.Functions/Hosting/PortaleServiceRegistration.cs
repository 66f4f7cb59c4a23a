using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portale.Adapters;
using Portale.Core.Identity;
using Portale.Functions.Security;
using Portale.Core.Notices;

namespace Portale.Functions.Hosting;

/// <summary>The one service registration shared by the Functions app and the local host.</summary>
public static class PortaleServiceRegistration
{
    public static IServiceCollection AddPortaleFunctions(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddBusinessClock(configuration, environment);
        services.AddPortaleJson();
        services.AddPortaleStorage(configuration);
        services.AddHostedService<StorageStartup>();
        services.AddPortaleMiddleware();
        services.AddSingleton<NoticeBoard>();
        services.AddSingleton<NoticeAdministration>();
        services.AddSingleton<SessionService>();
        services.AddStaffAuthentication(configuration, environment);
        services.AddLetters();
        services.AddPortaleAccounts(configuration, environment);
        return services;
    }
}
