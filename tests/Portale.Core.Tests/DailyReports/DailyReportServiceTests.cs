using Microsoft.Extensions.Time.Testing;
using Portale.Core.DailyReports;

namespace Portale.Core.Tests.DailyReports;

public sealed class DailyReportServiceTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);
    private FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-11T03:45:00+01:00"));
    private readonly Activity activity = new();
    private readonly Pec pec = new();
    private readonly ReportLedger ledger = new();
    private readonly Jobs jobs = new();

    private DailyReportService Service(params string[] companies) =>
        new(new Companies([.. companies.Select(Sample.Company)]), activity, new TextRenderer(), pec, ledger, jobs, clock);

    [Fact]
    public async Task Each_company_with_activity_gets_one_PEC_at_its_address_with_the_manuals_title_and_text()
    {
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000001_01.PDF", "L-P-26-0000002_01.PDF");
        activity.Days[("beta", Day)] = Sample.Published("L-P-26-0000003_01.PDF");

        var run = await Service("acme", "beta", "quiet").RunIfDueAsync(CancellationToken.None);

        Assert.Equal((2, 1, 0, 0), (run!.Sent, run.Quiet, run.AlreadySent, run.Failed.Count));
        var acme = Assert.Single(pec.Sent, m => m.To == "acme@pec.example.it");
        Assert.Equal("Riepilogo operazioni del giorno: 10/03/2026", acme.Subject);
        Assert.Equal("Si trasmette, in allegato, quanto in oggetto.\r\n\r\nCordiali Saluti\r\nSportello per il consumatore Energia e Ambiente\r\n", acme.Body);
        Assert.Equal("L-P-26-0000001_01.PDF\nL-P-26-0000002_01.PDF", System.Text.Encoding.UTF8.GetString(acme.Attachment));
        Assert.DoesNotContain(pec.Sent, m => m.To.StartsWith("quiet", StringComparison.Ordinal));
        Assert.Contains((DailyReportService.JobName, Day), jobs.Done);
    }

    [Fact]
    public async Task Nothing_goes_out_before_half_past_three_and_a_done_day_is_not_run_again()
    {
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000001_01.PDF");
        clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-11T03:29:00+01:00"));
        Assert.Null(await Service("acme").RunIfDueAsync(CancellationToken.None));
        Assert.Empty(pec.Sent);

        clock.SetUtcNow(DateTimeOffset.Parse("2026-03-11T03:30:00+01:00"));
        Assert.NotNull(await Service("acme").RunIfDueAsync(CancellationToken.None));
        Assert.Null(await Service("acme").RunIfDueAsync(CancellationToken.None));
        Assert.Single(pec.Sent);
    }

    [Fact]
    public async Task A_second_run_of_the_same_day_sends_nothing_twice()
    {
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000001_01.PDF");
        await Service("acme").SendForDayAsync(Day, CancellationToken.None);
        var again = await Service("acme").SendForDayAsync(Day, CancellationToken.None);
        Assert.Equal(1, again.AlreadySent);
        Assert.Single(pec.Sent);
    }

    [Fact]
    public async Task A_refused_PEC_does_not_stop_the_others_and_only_it_is_retried()
    {
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000001_01.PDF");
        activity.Days[("beta", Day)] = Sample.Published("L-P-26-0000002_01.PDF");
        pec.Refusing.Add("acme@pec.example.it");

        var first = await Service("acme", "beta").RunIfDueAsync(CancellationToken.None);
        Assert.Equal(["acme"], first!.Failed);
        Assert.Equal(["beta@pec.example.it"], pec.Sent.Select(m => m.To));
        Assert.DoesNotContain((DailyReportService.JobName, Day), jobs.Done);

        pec.Refusing.Clear();
        clock.Advance(TimeSpan.FromMinutes(15));
        var retry = await Service("acme", "beta").RunIfDueAsync(CancellationToken.None);
        Assert.Equal((1, 1), (retry!.Sent, retry.AlreadySent));
        Assert.Equal(["beta@pec.example.it", "acme@pec.example.it"], pec.Sent.Select(m => m.To));
        Assert.Contains((DailyReportService.JobName, Day), jobs.Done);
    }

    [Fact]
    public async Task A_claim_left_by_a_run_that_stopped_mid_send_is_taken_over_after_thirty_minutes()
    {
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000001_01.PDF");
        ledger.Rows[("acme", Day)] = (false, clock.GetUtcNow());
        Assert.Equal(1, (await Service("acme").SendForDayAsync(Day, CancellationToken.None)).AlreadySent);

        clock.Advance(DailyReportService.ClaimTimeout + TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await Service("acme").SendForDayAsync(Day, CancellationToken.None)).Sent);
    }
}
