namespace Portale.Functions.DailyReports;

/// <summary>The daily PEC report of each company's activity (manual ch. 10), and its ledger for staff.</summary>
public sealed class DailyReportFunctions(
    DailyReportService reports, DailyReportLedgerReader ledger, JobRecorder jobs)
{
    public const string Send = "DailyReportsSend";

    /// <summary>
    /// Every fifteen minutes (UTC schedule) asks whether the daily PEC reports are due (from 03:30 Rome) and
    /// not done: each run sends every day since the last completed one, in order; the ledgers make each
    /// company's PEC of a day go once.
    /// </summary>
    [Function(Send)]
    public Task SendDue([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        jobs.RunAsync(DailyReportService.JobName, async ct =>
            await reports.RunIfDueAsync(ct) is { Count: > 0 } runs ? DailyReportService.Outcome(runs) : null,
            cancellationToken);

    /// <summary>The report ledger of one day: per company, what was sent, when, to which address.</summary>
    [Function("DailyReportsLedger")]
    [StaffOnly(StaffRoles.BackOffice, StaffRoles.HelpDesk)]
    public async Task<IActionResult> Ledger(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/daily-reports/{day}")]
        HttpRequest request,
        string day, CancellationToken cancellationToken)
    {
        var page = await ledger.ListAsync(day, request.Query["pageSize"], request.Query["cursor"], cancellationToken);
        return PageJson.Of(page.Items.Select(DailyReportRecordJson.From), page.NextCursor, page.Total);
    }
}
