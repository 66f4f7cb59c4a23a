namespace Portale.Core.DailyReports;

/// <summary>
/// The daily PEC (manual ch. 10): after the nightly window, each company that had any activity on a day
/// gets "Riepilogo operazioni del giorno" at its PEC address, once. Asked on a frequent timer, each run
/// sends, in order, every day since the last one completed (up to <see cref="MaxCatchUpDays"/>), so a
/// day on which the job could not run, or kept failing, is sent the next time; the jobs ledger marks a
/// day completed once it and every day before it went out, the report ledger makes each company's PEC
/// go once even when runs overlap or one is repeated after a failure.
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

    /// <summary>How far back a run looks for the last completed day; a longer gap restarts from yesterday.</summary>
    public const int MaxCatchUpDays = 31;

    /// <summary>
    /// Reports go out after the nightly loading (01:00–03:00), once the previous day's uploads are all processed.
    /// </summary>
    public static readonly TimeOnly SendFrom = new(3, 30);

    /// <summary>A claim older than this was left by a run that stopped mid-send: another run may take it.</summary>
    public static readonly TimeSpan ClaimTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The runs of the days sent now, oldest first, or null when not due (too early, or done).</summary>
    public async Task<IReadOnlyList<DailyReportRun>?> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var now = RomeTime.Now(clock);
        if (TimeOnly.FromDateTime(now.DateTime) < SendFrom)
        {
            return null;
        }
        var yesterday = DateOnly.FromDateTime(now.DateTime).AddDays(-1);
        if (await jobs.IsDoneAsync(JobName, yesterday, cancellationToken))
        {
            return null;
        }
        var last = await jobs.LatestDoneAsync(
            JobName, yesterday.AddDays(-MaxCatchUpDays), yesterday, cancellationToken);
        var first = last is { } done ? done.AddDays(1) : yesterday;
        var runs = new List<DailyReportRun>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        for (var day = first; day <= yesterday; day = day.AddDays(1))
        {
            // A company whose earlier day failed waits for it: its reports go out in order.
            var run = await SendForDayAsync(day, failed, cancellationToken);
            failed.UnionWith(run.Failed);
            runs.Add(run);
            if (failed.Count == 0)
            {
                await jobs.MarkDoneAsync(JobName, day, clock.GetUtcNow(), cancellationToken);
            }
        }
        return runs;
    }

    /// <summary>What a set of runs did, for the job log.</summary>
    public static JobOutcome Outcome(IReadOnlyList<DailyReportRun> runs)
    {
        var failed = runs.SelectMany(r => r.Failed.Select(c => $"{c} ({r.Day:yyyy-MM-dd})")).ToList();
        var note = $"Giorni inviati: {string.Join(", ", runs.Select(r => r.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))}."
            + (failed.Count == 0 ? string.Empty : $" Non inviati, da riprovare: {string.Join(", ", failed)}.");
        return new JobOutcome(runs[^1].Day, new Dictionary<string, int>
        {
            ["days"] = runs.Count,
            ["sent"] = runs.Sum(r => r.Sent),
            ["quiet"] = runs.Sum(r => r.Quiet),
            ["alreadySent"] = runs.Sum(r => r.AlreadySent),
            ["failed"] = failed.Count,
        }, note);
    }

    public async Task<DailyReportRun> SendForDayAsync(
        DateOnly day, IReadOnlySet<string> waiting, CancellationToken cancellationToken)
    {
        var (sent, quiet, already) = (0, 0, 0);
        var failed = new List<string>();
        foreach (var company in await companies.ListAsync(cancellationToken))
        {
            if (waiting.Contains(company.Id))
            {
                failed.Add(company.Id);
                continue;
            }
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
            PecMessage message;
            string? reply;
            try
            {
                message = Message(new DailyReport(company, day, done));
                reply = await pec.SendAsync(message, cancellationToken);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // One company's mailbox or provider error must not hold back the others; the day stays not
                // completed, so the next run retries this company only.
                await ledger.ReleaseAsync(company.Id, day, cancellationToken);
                failed.Add(company.Id);
                continue;
            }
            await ledger.MarkSentAsync(company.Id, day, new DailyReportDelivery(
                message.To, clock.GetUtcNow(), message.Subject, message.AttachmentName,
                DocumentHash.Of(message.Attachment), message.Id, reply), cancellationToken);
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
