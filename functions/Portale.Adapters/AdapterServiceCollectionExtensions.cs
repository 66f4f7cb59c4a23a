using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Accounts;
using Portale.Adapters.Clients;
using Portale.Adapters.Audit;
using Portale.Adapters.Companies;
using Portale.Adapters.DailyReports;
using Portale.Adapters.Documents;
using Portale.Adapters.Feed;
using Portale.Adapters.Identity;
using Portale.Adapters.Jobs;
using Portale.Adapters.Letters;
using Portale.Adapters.Notices;
using Portale.Adapters.Outages;
using Portale.Adapters.Publication;
using Portale.Adapters.Receipts;
using Portale.Adapters.Reminders;
using Portale.Adapters.Reports;
using Portale.Adapters.Uploads;

namespace Portale.Adapters;

/// <summary>
/// The adapters, one <c>Add…</c> per feature (each registers the ports of its feature only), on top of
/// <see cref="AddStorage"/>, the storage clients they share.
/// </summary>
public static class AdapterServiceCollectionExtensions
{
    /// <summary>
    /// The Table and Blob clients (Portale:Storage, else AzureWebJobsStorage), and what creates tables.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new StorageOptions();
        configuration.GetSection("Portale:Storage").Bind(options);
        options.ConnectionString ??= configuration["AzureWebJobsStorage"];
        services.AddSingleton(options);
        services.AddSingleton<StorageClients>();
        services.AddSingleton<StorageInitializer>();
        return services;
    }

    public static IServiceCollection AddJobAdapters(this IServiceCollection services) =>
        services.AddSingleton<IJobLog, TableJobLog>();

    /// <summary>Operator sessions and which companies each user is enabled for.</summary>
    public static IServiceCollection AddIdentityAdapters(this IServiceCollection services) => services
        .AddSingleton<ISessionStore, TableSessionStore>()
        .AddSingleton<ICompanyEnablements, TableCompanyEnablements>()
        .AddSingleton<IEnablementLog, TableEnablementLog>();

    public static IServiceCollection AddAccountAdapters(this IServiceCollection services) => services
        .AddSingleton<IUserStore, TableUserStore>()
        .AddSingleton<IUserSearchIndex, TableUserSearchIndex>()
        .AddSingleton<IMobileRegistry, TableMobileRegistry>()
        .AddSingleton<IAccountTokenStore, TableAccountTokenStore>()
        .AddSingleton<ISignInChallengeStore, TableSignInChallengeStore>()
        .AddSingleton<IAttemptLog, TableAttemptLog>()
        .AddSingleton<ICaptchaLedger, TableCaptchaLedger>()
        .AddSingleton<INotificationLedger, TableNotificationLedger>();

    /// <summary>Companies' API clients, the audit of their calls, their webhooks and the sender that calls them.</summary>
    public static IServiceCollection AddClientAdapters(
        this IServiceCollection services, IConfiguration configuration, bool development) => services
        .AddSingleton<IApiClientStore, TableApiClientStore>()
        .AddSingleton<IClientCallLog, TableClientCallLog>()
        .AddSingleton<IWebhookStore, TableWebhookStore>()
        .AddSingleton<IWebhookSender>(_ => new HttpWebhookSender(configuration, development));

    /// <summary>The audit of staff actions: insert-only rows and their write-once copies.</summary>
    public static IServiceCollection AddAuditAdapters(this IServiceCollection services) =>
        services.AddSingleton<IAuditLog, TableAuditLog>();

    public static IServiceCollection AddNoticeAdapters(this IServiceCollection services) =>
        services.AddSingleton<INoticeStore, TableNoticeStore>();

    /// <summary>The outages, the reports of answers not uploaded during them, and the reader of those lists in Excel.</summary>
    public static IServiceCollection AddOutageAdapters(this IServiceCollection services) => services
        .AddSingleton<IOutageStore, TableOutageStore>()
        .AddSingleton<IOutageReportStore, TableOutageReportStore>()
        .AddSingleton<IReportedNamesReader, XlsxReportedNamesReader>();

    public static IServiceCollection AddCompanyAdapters(this IServiceCollection services) =>
        services.AddSingleton<ICompanyDirectory, TableCompanyDirectory>();

    /// <summary>The PDFs (letters, solleciti, answers) and the check of what a PDF holds.</summary>
    public static IServiceCollection AddDocumentAdapters(this IServiceCollection services) => services
        .AddSingleton<IDocumentStore, BlobDocumentStore>()
        .AddSingleton<IPdfInspector>(_ => new PdfPigInspector());

    /// <summary>
    /// Letters, their search, and the change feed and the dashboard their changes feed (one instance each,
    /// as the letters write to them and the routes read them).
    /// </summary>
    public static IServiceCollection AddLetterAdapters(this IServiceCollection services) => services
        .AddSingleton<TableChangeFeed>()
        .AddSingleton<IChangeFeed>(s => s.GetRequiredService<TableChangeFeed>())
        .AddSingleton<TableCompanyDashboards>()
        .AddSingleton<ICompanyDashboards>(s => s.GetRequiredService<TableCompanyDashboards>())
        .AddSingleton<ILetterStore, TableLetterStore>()
        .AddSingleton<ICompanyLetterScan, TableCompanyLetterScan>()
        .AddSingleton<ILetterSearchStore, TableLetterSearchStore>();

    /// <summary>Staged letters and the ledger of once-a-day jobs (the nightly loading's, the daily reports').</summary>
    public static IServiceCollection AddPublicationAdapters(this IServiceCollection services) => services
        .AddSingleton<IStagedLetters, TableStagedLetters>()
        .AddSingleton<IJobLedger, TableJobLedger>();

    public static IServiceCollection AddReminderAdapters(this IServiceCollection services) => services
        .AddSingleton<IReminderStore, TableReminderStore>()
        .AddSingleton<IStagedReminders, TableStagedReminders>()
        .AddSingleton<IReminderDocumentWriter, PdfReminderWriter>();

    public static IServiceCollection AddUploadAdapters(this IServiceCollection services) => services
        .AddSingleton<IUploadStore, TableUploadStore>()
        .AddSingleton<IIncomingFiles, BlobIncomingFiles>()
        .AddSingleton<IFailedUploadLog, TableFailedUploadLog>()
        .AddSingleton<ICommunicationLog, TableCommunicationLog>()
        .AddSingleton<IAnswerArchives, ZipAnswerArchives>();

    /// <summary>
    /// Receipts: their table, their PDF, and the signing key — Key Vault when Portale:Receipts:KeyVaultUri is set,
    /// else the local development key (never in Azure: there the setting is required, see infra).
    /// </summary>
    public static IServiceCollection AddReceiptAdapters(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new ReceiptSigningOptions();
        configuration.GetSection("Portale:Receipts").Bind(options);
        options.ClientId ??= configuration["Portale:Storage:ClientId"];
        services.AddSingleton(options);
        if (options.UsesKeyVault)
        {
            services.AddSingleton<IReceiptSigner, KeyVaultReceiptSigner>();
        }
        else
        {
            services.AddSingleton<LocalReceiptSigner>().AddSingleton<IReceiptSigner>(p => p.GetRequiredService<LocalReceiptSigner>());
        }
        return services
            .AddSingleton<IReceiptStore, TableReceiptStore>()
            .AddSingleton<IReceiptDocumentWriter, PdfReceiptWriter>();
    }

    public static IServiceCollection AddDailyReportAdapters(this IServiceCollection services) => services
        .AddSingleton<IDailyActivitySource, TableDailyActivitySource>()
        .AddSingleton<IDailyReportLedger, TableDailyReportLedger>()
        .AddSingleton<IDailyReportRenderer, PdfDailyReportRenderer>();

    /// <summary>The Excel files of manual 6.9.</summary>
    public static IServiceCollection AddReportAdapters(this IServiceCollection services) =>
        services.AddSingleton<IReportWriter, XlsxReportWriter>();
}
