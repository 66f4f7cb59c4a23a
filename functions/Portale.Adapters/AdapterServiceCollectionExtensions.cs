using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Identity;
using Portale.Adapters.Notices;
using Portale.Adapters.Storage;
using Portale.Core.Identity;
using Portale.Core.Notices;

namespace Portale.Adapters;

public static class AdapterServiceCollectionExtensions
{
    public static IServiceCollection AddPortaleStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new StorageOptions();
        configuration.GetSection("Portale:Storage").Bind(options);
        options.ConnectionString ??= configuration["AzureWebJobsStorage"];
        services.AddSingleton(options);
        services.AddSingleton<StorageClients>();
        services.AddSingleton<StorageInitializer>();
        services.AddSingleton<INoticeStore, TableNoticeStore>();
        services.AddSingleton<ISessionStore, TableSessionStore>();
        services.AddSingleton<ICompanyEnablements, TableCompanyEnablements>();
        return services;
    }
}
