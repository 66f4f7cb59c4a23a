using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portale.Adapters.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Email, SMS and PEC senders. The outbox is possible only in Development: asking for it anywhere
    /// else stops the app at start-up.
    /// </summary>
    public static IServiceCollection AddPortaleMessaging(
        this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        var mode = configuration[MessagingMode.Setting] ?? (isDevelopment ? MessagingMode.Outbox : MessagingMode.Acs);
        // The outbox table exists in every mode; the clean-up purges it whatever sends the messages.
        services.AddSingleton<TableOutbox>();
        services.AddSingleton<ISentMessages>(sp => sp.GetRequiredService<TableOutbox>());
        if (string.Equals(mode, MessagingMode.Outbox, StringComparison.OrdinalIgnoreCase))
        {
            if (!isDevelopment)
            {
                throw new InvalidOperationException("Portale:Messaging:Mode = outbox is allowed only in the " +
                    "Development environment.");
            }
            services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<TableOutbox>());
            services.AddSingleton<ISmsSender>(sp => sp.GetRequiredService<TableOutbox>());
            if (string.IsNullOrWhiteSpace(configuration["Portale:Pec:Host"]))
            {
                services.AddSingleton<IPecSender>(sp => sp.GetRequiredService<TableOutbox>());
            }
            else
            {
                // A PEC server configured in Development (a local one, or a test's fake) gets the real sender.
                services.AddSingleton(PecOptions.From(configuration));
                services.AddSingleton<IPecSender, SmtpPecSender>();
            }
            return services;
        }
        if (!string.Equals(mode, MessagingMode.Acs, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Unknown Portale:Messaging:Mode '{mode}': use 'acs' or 'outbox'.");
        }
        services.AddSingleton(AcsOptions.From(configuration));
        services.AddHttpClient(AcsClient.HttpClientName);
        services.AddSingleton<AcsClient>();
        services.AddSingleton<IEmailSender, AcsEmailSender>();
        services.AddSingleton<ISmsSender, AcsSmsSender>();
        services.AddSingleton(PecOptions.From(configuration));
        services.AddSingleton<IPecSender, SmtpPecSender>();
        return services;
    }
}
