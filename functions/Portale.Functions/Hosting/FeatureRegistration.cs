using Portale.Core.Documents;

namespace Portale.Functions.Hosting;

/// <summary>
/// The application services of each feature, one <c>Add…</c> each (accounts: <see cref="AccountsRegistration"/>);
/// their adapters are the <c>Add…Adapters</c> of Portale.Adapters.
/// </summary>
public static class FeatureRegistration
{
    /// <summary>The job log every timer job writes to, and the back office's list of it.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services) => services
        .AddSingleton<JobRecorder>()
        .AddSingleton<JobLogLister>();

    public static IServiceCollection AddSessions(this IServiceCollection services) =>
        services.AddSingleton<SessionService>();

    /// <summary>Companies' API clients (issue 16): their creation and revocation, their tokens and calls.</summary>
    public static IServiceCollection AddClients(this IServiceCollection services) => services
        .AddSingleton<ApiClientService>()
        .AddSingleton<ClientAuthentication>()
        .AddSingleton<WebhookDispatcher>()
        .AddSingleton<IWebhookPayloads, Webhooks.WebhookPayloads>();

    /// <summary>The audit of what the staff do, and of the calls refused to them.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services) =>
        services.AddSingleton<AuditTrail>();

    /// <summary>The avvisi: the home page's board and the back office's administration of it.</summary>
    public static IServiceCollection AddNotices(this IServiceCollection services) => services
        .AddSingleton<NoticeBoard>()
        .AddSingleton<NoticeAdministration>();

    /// <summary>
    /// Outages and chapter 9: the back office's record, the off-line days the calendar reads from it
    /// (refreshed every <c>Portale:Outages:RefreshSeconds</c>), the reports of answers not uploaded.
    /// </summary>
    public static IServiceCollection AddOutages(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new OutageOptions();
        configuration.GetSection(OutageOptions.Section).Bind(options);
        return services
            .AddSingleton(options)
            .AddSingleton<OutageOfflineDays>()
            .AddSingleton<OutageAdministration>()
            .AddSingleton<OutageClaims>()
            .AddSingleton<OutageReporting>();
    }

    public static IServiceCollection AddCompanies(this IServiceCollection services) =>
        services.AddSingleton<CompanyRegistry>();

    /// <summary>Letters: reading, lists, search, downloads, note, proroga, badges, deadlines and answers.</summary>
    public static IServiceCollection AddLetters(this IServiceCollection services) => services
        // The one calendar of every rule: national holidays and the off-line days of the recorded outages.
        .AddSingleton(s => new WorkingDayCalendar(s.GetRequiredService<OutageOfflineDays>()))
        .AddSingleton<ResponseSla>()
        .AddSingleton<AbsentAnswerRule>()
        .AddSingleton<AnswerCompleteness>()
        .AddSingleton<AnswerClassification>()
        .AddSingleton<LetterAgeing>()
        .AddSingleton<LetterReader>()
        .AddSingleton<LetterUpdates>()
        .AddSingleton<LetterLister>()
        .AddSingleton<LetterSearcher>()
        .AddSingleton<LetterViews>()
        .AddSingleton<LetterDownloads>()
        .AddSingleton<LetterNotes>()
        .AddSingleton<LetterExtensions>()
        .AddSingleton<LetterBadges>();

    /// <summary>The change feed's reading and the catching up of the all-companies feed (the feed is the letters' adapter).</summary>
    public static IServiceCollection AddFeed(this IServiceCollection services) => services
        .AddSingleton<ChangeFeedReader>()
        .AddSingleton<ChangeFeedPump>();

    /// <summary>What the Sportello's staff and systems read of a company.</summary>
    public static IServiceCollection AddSportello(this IServiceCollection services) => services
        .AddSingleton<SportelloReads>()
        .AddSingleton<DashboardLister>()
        .AddSingleton<LetterStateLister>();

    /// <summary>
    /// Staging letters, what is staged (letters and solleciti) and its withdrawal, and the nightly loading
    /// that publishes them.
    /// </summary>
    public static IServiceCollection AddPublication(this IServiceCollection services) => services
        .AddSingleton<LetterStaging>()
        .AddSingleton<LetterBatchStaging>()
        .AddSingleton(s => new StagedDocumentQueue<StagedLetter>(
            s.GetRequiredService<IStagedLetters>(), s.GetRequiredService<IDocumentStore>(), DocumentKind.Letter))
        .AddSingleton(s => new StagedDocumentQueue<StagedReminder>(
            s.GetRequiredService<IStagedReminders>(), s.GetRequiredService<IDocumentStore>(), DocumentKind.Reminder))
        .AddSingleton<NightlyPublication>();

    /// <summary>
    /// Solleciti (section 4): staging, list, downloads; published by the nightly loading; the automatic ones.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration) =>
        services
        .AddSingleton(AutomaticReminderOptions.From(key => configuration[key]))
        .AddSingleton<StagedReminderPublisher>()
        .AddSingleton<AutomaticReminders>()
        .AddSingleton<ReminderStaging>()
        .AddSingleton<ReminderLister>()
        .AddSingleton<ReminderDownloads>();

    /// <summary>
    /// Answers, free communications and TIRV rejections: intake, processing (after the malware scan where
    /// <c>Portale:Uploads:MalwareScanRequired</c>), stalled ones.
    /// </summary>
    public static IServiceCollection AddUploads(this IServiceCollection services, IConfiguration configuration) => services
        .AddSingleton(new MalwareScanOptions
        {
            Required = configuration.GetValue<bool>("Portale:Uploads:MalwareScanRequired"),
        })
        .AddSingleton<UploadIntake>()
        .AddSingleton<AnswerFiling>()
        .AddSingleton<DisplacedAnswers>()
        .AddSingleton<UploadProcessor>()
        .AddSingleton<StalledUploadExpiry>();

    /// <summary>Receipts (ricevute): issued by the uploads' processing, read by the operators and the staff.</summary>
    public static IServiceCollection AddReceipts(this IServiceCollection services) => services
        .AddSingleton<ReceiptIssuer>()
        .AddSingleton<ReceiptReader>();

    /// <summary>The Excel reports of manual 6.9, built from the section lists.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services.AddSingleton<ReportBuilder>();

    /// <summary>The daily clean-up of what has outlived its purpose, with its lifetimes (<c>Portale:Retention</c>).</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new RetentionOptions();
        configuration.GetSection("Portale:Retention").Bind(options);
        return services.AddSingleton(options).AddSingleton<RetentionService>();
    }

    /// <summary>The daily PEC report (manual ch. 10) of what the day recorded.</summary>
    public static IServiceCollection AddDailyReports(this IServiceCollection services) =>
        services.AddSingleton<DailyReportService>().AddSingleton<DailyReportLedgerReader>();
}
