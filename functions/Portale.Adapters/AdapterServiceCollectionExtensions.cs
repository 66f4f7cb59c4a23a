using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Accounts;
using Portale.Adapters.Identity;
using Portale.Adapters.Notices;
using Portale.Adapters.Storage;
using Portale.Core.Accounts.Captcha;
using Portale.Core.Accounts.Lifecycle;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Accounts.Tokens;
using Portale.Core.Accounts.Users;
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
        services.AddSingleton<IUserStore, TableUserStore>();
        services.AddSingleton<IMobileRegistry, TableMobileRegistry>();
        services.AddSingleton<IAccountTokenStore, TableAccountTokenStore>();
        services.AddSingleton<ISignInChallengeStore, TableSignInChallengeStore>();
        services.AddSingleton<IAttemptLog, TableAttemptLog>();
        services.AddSingleton<ICaptchaLedger, TableCaptchaLedger>();
        services.AddSingleton<INotificationLedger, TableNotificationLedger>();
        return services;
    }
}
