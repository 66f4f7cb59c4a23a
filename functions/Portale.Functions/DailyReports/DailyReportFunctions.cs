namespace Portale.Functions.DailyReports;

/// <summary>The daily PEC report of each company's activity (manual ch. 10).</summary>
public sealed class DailyReportFunctions(DailyReportService reports, ILogger<DailyReportFunctions> logger)
{
    public const string Send = "DailyReportsSend";

    /// <summary>
    /// Every fifteen minutes (UTC schedule) asks whether yesterday's daily PEC reports are due (from 03:30
    /// Rome) and not done; the ledgers make each company's PEC go once.
    /// </summary>
    [Function(Send)]
    public async Task SendDue([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (await reports.RunIfDueAsync(cancellationToken) is not { } run)
        {
            return;
        }
        logger.LogInformation(
            "Daily PEC reports of {Day}: {Sent} sent, {Quiet} without activity, {Already} already sent",
            run.Day, run.Sent, run.Quiet, run.AlreadySent);
        if (run.Failed.Count > 0)
        {
            logger.LogError("Daily PEC reports of {Day} not sent to {Companies}: retried at the next run",
                run.Day, string.Join(", ", run.Failed));
        }
    }
}
