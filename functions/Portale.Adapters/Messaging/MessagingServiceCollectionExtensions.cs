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
            services.AddSingleton<IPecSender>(sp => sp.GetRequiredService<TableOutbox>());
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
        services.AddSingleton(new PecOptions
        {
            Host = configuration["Portale:Pec:Host"],
            Port = int.TryParse(configuration["Portale:Pec:Port"], out var port) ? port : 465,
            Username = configuration["Portale:Pec:Username"],
            Password = configuration["Portale:Pec:Password"],
            Sender = configuration["Portale:Pec:Sender"],
        });
        services.AddSingleton<IPecSender, SmtpPecSender>();
        return services;
    }
}
