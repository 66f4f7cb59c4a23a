using Portale.Adapters;
using Portale.Adapters.Messaging;

namespace Portale.Functions.Hosting;

/// <summary>The one service registration shared by the Functions app and the local host.</summary>
public static class PortaleServiceRegistration
{
    public static IServiceCollection AddPortaleFunctions(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddBusinessClock(configuration, environment);
        services.AddPortaleJson();
        services.AddPortaleMiddleware();
        services.AddStaffAuthentication(configuration, environment);
        services.AddStorage(configuration).AddHostedService<StorageStartup>();
        services.AddPortaleMessaging(configuration, environment.IsDevelopment());
        // Each feature: its application services, then its adapters.
        services.AddJobs().AddJobAdapters();
        services.AddSessions().AddIdentityAdapters();
        services.AddAudit().AddAuditAdapters();
        services.AddAccounts(configuration, environment).AddAccountAdapters();
        services.AddClients().AddClientAdapters(configuration, environment.IsDevelopment());
        services.AddNotices().AddNoticeAdapters();
        services.AddOutages(configuration).AddOutageAdapters();
        services.AddCompanies().AddCompanyAdapters();
        services.AddDocumentAdapters();
        services.AddLetters().AddLetterAdapters();
        services.AddFeed();
        services.AddSportello();
        services.AddPublication().AddPublicationAdapters();
        services.AddReminders(configuration).AddReminderAdapters();
        services.AddUploads(configuration).AddUploadAdapters();
        services.AddReports().AddReportAdapters();
        services.AddDailyReports().AddDailyReportAdapters();
        services.AddRetention(configuration);
        return services;
    }
}
