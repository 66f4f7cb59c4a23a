using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Companies;
using Portale.Adapters.DailyReports;
using Portale.Adapters.Accounts;
using Portale.Adapters.Documents;
using Portale.Adapters.Identity;
using Portale.Adapters.Letters;
using Portale.Adapters.Reminders;
using Portale.Adapters.Reports;
using Portale.Adapters.Notices;
using Portale.Adapters.Publication;
using Portale.Adapters.Storage;
using Portale.Adapters.Uploads;
using Portale.Core.Companies;
using Portale.Core.DailyReports;
using Portale.Core.Accounts.Captcha;
using Portale.Core.Accounts.Lifecycle;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Accounts.Tokens;
using Portale.Core.Accounts.Users;
using Portale.Core.Identity;
using Portale.Core.Letters;
using Portale.Core.Reminders;
using Portale.Core.Reports;
using Portale.Core.Notices;
using Portale.Core.Publication;
using Portale.Core.Uploads;

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
        services.AddSingleton<ICompanyDirectory, TableCompanyDirectory>();
        services.AddSingleton<ILetterStore, TableLetterStore>();
        services.AddSingleton<Portale.Core.Letters.Search.ILetterSearchStore, TableLetterSearchStore>();
        services.AddSingleton<IStagedLetters, TableStagedLetters>();
        services.AddSingleton<IReminderStore, TableReminderStore>();
        services.AddSingleton<IStagedReminders, TableStagedReminders>();
        services.AddSingleton<IJobLedger, TableJobLedger>();
        services.AddSingleton<IDocumentStore, BlobDocumentStore>();
        services.AddSingleton<IUserStore, TableUserStore>();
        services.AddSingleton<IMobileRegistry, TableMobileRegistry>();
        services.AddSingleton<IAccountTokenStore, TableAccountTokenStore>();
        services.AddSingleton<ISignInChallengeStore, TableSignInChallengeStore>();
        services.AddSingleton<IAttemptLog, TableAttemptLog>();
        services.AddSingleton<ICaptchaLedger, TableCaptchaLedger>();
        services.AddSingleton<INotificationLedger, TableNotificationLedger>();
        services.AddSingleton<IPdfInspector>(_ => new PdfPigInspector());
        services.AddSingleton<IUploadStore, TableUploadStore>();
        services.AddSingleton<IIncomingFiles, BlobIncomingFiles>();
        services.AddSingleton<IFailedUploadLog, TableFailedUploadLog>();
        services.AddSingleton<ICommunicationLog, TableCommunicationLog>();
        services.AddSingleton<IAnswerArchives, ZipAnswerArchives>();
        services.AddSingleton<IDailyActivitySource, TableDailyActivitySource>();
        services.AddSingleton<IDailyReportLedger, TableDailyReportLedger>();
        services.AddSingleton<IDailyReportRenderer, PdfDailyReportRenderer>();
        services.AddSingleton<IReportWriter, XlsxReportWriter>();
        return services;
    }
}
