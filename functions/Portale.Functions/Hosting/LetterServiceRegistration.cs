using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Calendar;
using Portale.Core.Companies;
using Portale.Core.DailyReports;
using Portale.Core.Letters;
using Portale.Core.Publication;
using Portale.Core.Reminders;
using Portale.Core.Reports;
using Portale.Core.Uploads;

namespace Portale.Functions.Hosting;

/// <summary>Companies, letters and their publication (issue #3).</summary>
public static class LetterServiceRegistration
{
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        // Offline days of the portal are not recorded yet: until they are, the national calendar.
        services.AddSingleton(WorkingDayCalendar.Standard);
        services.AddSingleton<ResponseSla>();
        services.AddSingleton<AbsentAnswerRule>();
        services.AddSingleton<AnswerCompleteness>();
        services.AddSingleton<AnswerClassification>();
        services.AddSingleton<CompanyRegistry>();
        services.AddSingleton<LetterReader>();
        services.AddSingleton<LetterUpdates>();
        services.AddSingleton<LetterLister>();
        services.AddSingleton<Portale.Core.Letters.Search.LetterSearcher>();
        services.AddSingleton<LetterViews>();
        services.AddSingleton<LetterDownloads>();
        services.AddSingleton<LetterNotes>();
        services.AddSingleton<LetterExtensions>();
        services.AddSingleton<LetterBadges>();
        services.AddSingleton<LetterStaging>();
        services.AddSingleton<NightlyPublication>();
        // Solleciti (section 4), published by the same nightly loading.
        services.AddSingleton<ReminderStaging>();
        services.AddSingleton<ReminderLister>();
        services.AddSingleton<ReminderDownloads>();
        // Answers, free communications and TIRV rejections (issue #4).
        services.AddSingleton<UploadIntake>();
        services.AddSingleton<UploadProcessor>();
        services.AddSingleton<StalledUploadExpiry>();
        // The daily PEC report (manual ch. 10) of what the day above recorded.
        services.AddSingleton<DailyReportService>();
        // The Excel reports of manual 6.9, built from the section lists above.
        services.AddSingleton<ReportBuilder>();
        return services;
    }
}
