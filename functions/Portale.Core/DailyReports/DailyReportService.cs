namespace Portale.Core.DailyReports;

/// <summary>
/// The daily PEC (manual ch. 10): after the nightly window, each company that had any activity the
/// day before gets "Riepilogo operazioni del giorno" at its PEC address, once. Asked on a frequent
/// timer: the jobs ledger makes the day's run happen once, the report ledger makes each company's
/// PEC go once even when runs overlap or one is repeated after a failure.
/// </summary>
public sealed class DailyReportService(
    ICompanyDirectory companies,
    IDailyActivitySource activity,
    IDailyReportRenderer renderer,
    IPecSender pec,
    IDailyReportLedger ledger,
    IJobLedger jobs,
    TimeProvider clock)
{
    public const string JobName = "daily-pec-report";

    /// <summary>
    /// Reports go out after the nightly loading (01:00–03:00), once the previous day's uploads are all processed.
    /// </summary>
    public static readonly TimeOnly SendFrom = new(3, 30);

    /// <summary>A claim older than this was left by a run that stopped mid-send: another run may take it.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The run for yesterday, or null when not due (too early, or already done).</summary>
    public async Task<DailyReportRun?> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var now = RomeTime.Now(clock);
        if (TimeOnly.FromDateTime(now.DateTime) < SendFrom)
        {
            return null;
        }
        var day = DateOnly.FromDateTime(now.DateTime).AddDays(-1);
        if (await jobs.IsDoneAsync(JobName, day, cancellationToken))
        {
            return null;
        }
        var run = await SendForDayAsync(day, cancellationToken);
        if (run.Failed.Count == 0)
        {
            await jobs.MarkDoneAsync(JobName, day, clock.GetUtcNow(), cancellationToken);
        }
        return run;
    }

    public async Task<DailyReportRun> SendForDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var (sent, quiet, already) = (0, 0, 0);
        var failed = new List<string>();
        foreach (var company in await companies.ListAsync(cancellationToken))
        {
            var done = await activity.ReadAsync(company.Id, day, cancellationToken);
            if (done.IsEmpty)
            {
                quiet++;
                continue;
            }
            var now = clock.GetUtcNow();
            if (!await ledger.TryClaimAsync(company.Id, day, now, now - ClaimTimeout, cancellationToken))
            {
                already++;
                continue;
            }
            try
            {
                await pec.SendAsync(Message(new DailyReport(company, day, done)), cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // One company's mailbox or provider error must not hold back the others; the day's job
                // stays not done, so the next run retries this company only.
                await ledger.ReleaseAsync(company.Id, day, cancellationToken);
                failed.Add(company.Id);
                continue;
            }
            await ledger.MarkSentAsync(company.Id, day, clock.GetUtcNow(), cancellationToken);
            sent++;
        }
        return new DailyReportRun(day, sent, quiet, already, failed);
    }

    private PecMessage Message(DailyReport report) => new(
        $"daily-report-{report.Company.Id}-{report.Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}",
        report.Company.PecAddress,
        report.Title,
        DailyReportTexts.Body,
        renderer.FileName(report),
        renderer.Render(report));
}
