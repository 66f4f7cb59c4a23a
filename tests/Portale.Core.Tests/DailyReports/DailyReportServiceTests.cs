using Microsoft.Extensions.Time.Testing;
using Portale.Core.DailyReports;

namespace Portale.Core.Tests.DailyReports;

public sealed class DailyReportServiceTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);
    private static readonly HashSet<string> NoneWaiting = [];
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

        var run = Assert.Single((await Service("acme", "beta", "quiet").RunIfDueAsync(CancellationToken.None))!);

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
        await Service("acme").SendForDayAsync(Day, NoneWaiting, CancellationToken.None);
        var again = await Service("acme").SendForDayAsync(Day, NoneWaiting, CancellationToken.None);
        Assert.Equal(1, again.AlreadySent);
        Assert.Single(pec.Sent);
    }

    [Fact]
    public async Task A_refused_PEC_does_not_stop_the_others_and_only_it_is_retried()
    {
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000001_01.PDF");
        activity.Days[("beta", Day)] = Sample.Published("L-P-26-0000002_01.PDF");
        pec.Refusing.Add("acme@pec.example.it");

        var first = Assert.Single((await Service("acme", "beta").RunIfDueAsync(CancellationToken.None))!);
        Assert.Equal(["acme"], first.Failed);
        Assert.Equal(["beta@pec.example.it"], pec.Sent.Select(m => m.To));
        Assert.DoesNotContain((DailyReportService.JobName, Day), jobs.Done);

        pec.Refusing.Clear();
        clock.Advance(TimeSpan.FromMinutes(15));
        var retry = Assert.Single((await Service("acme", "beta").RunIfDueAsync(CancellationToken.None))!);
        Assert.Equal((1, 1), (retry.Sent, retry.AlreadySent));
        Assert.Equal(["beta@pec.example.it", "acme@pec.example.it"], pec.Sent.Select(m => m.To));
        Assert.Contains((DailyReportService.JobName, Day), jobs.Done);
    }

    [Fact]
    public async Task A_claim_left_by_a_run_that_stopped_mid_send_is_taken_over_after_thirty_minutes()
    {
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000001_01.PDF");
        ledger.Rows[("acme", Day)] = (false, clock.GetUtcNow());
        Assert.Equal(1, (await Service("acme").SendForDayAsync(Day, NoneWaiting, CancellationToken.None)).AlreadySent);

        clock.Advance(DailyReportService.ClaimTimeout + TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await Service("acme").SendForDayAsync(Day, NoneWaiting, CancellationToken.None)).Sent);
    }

    [Fact]
    public async Task The_ledger_records_to_which_address_when_and_what_went_out()
    {
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000001_01.PDF");
        await Service("acme").RunIfDueAsync(CancellationToken.None);

        var delivery = ledger.Deliveries[("acme", Day)];
        var message = Assert.Single(pec.Sent);
        Assert.Equal(("acme@pec.example.it", clock.GetUtcNow(), message.Subject, "acme.txt"),
            (delivery.To, delivery.SentAt, delivery.Subject, delivery.AttachmentName));
        Assert.Equal(Portale.Core.Documents.DocumentHash.Of(message.Attachment), delivery.AttachmentHash);
        Assert.Equal((message.Id, "250 queued as 1"), (delivery.MessageId, delivery.ServerReply));
        var page = await new DailyReportLedgerReader(ledger).ListAsync("2026-03-10", null, null, CancellationToken.None);
        Assert.Equal((1, DailyReportStatus.Sent, "acme@pec.example.it"),
            (page.Total, page.Items[0].Status, page.Items[0].Delivery!.To));
    }

    [Fact]
    public async Task Days_the_job_could_not_run_are_sent_the_next_time_oldest_first()
    {
        jobs.Done.Add((DailyReportService.JobName, Day.AddDays(-2)));
        activity.Days[("acme", Day.AddDays(-1))] = Sample.Published("L-P-26-0000001_01.PDF");
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000002_01.PDF");

        var runs = await Service("acme").RunIfDueAsync(CancellationToken.None);

        Assert.Equal([Day.AddDays(-1), Day], runs!.Select(r => r.Day));
        Assert.Equal(["L-P-26-0000001_01.PDF", "L-P-26-0000002_01.PDF"],
            pec.Sent.Select(m => System.Text.Encoding.UTF8.GetString(m.Attachment)));
        Assert.Contains((DailyReportService.JobName, Day.AddDays(-1)), jobs.Done);
        Assert.Contains((DailyReportService.JobName, Day), jobs.Done);
    }

    [Fact]
    public async Task Without_a_completed_day_in_the_last_month_only_yesterday_is_sent()
    {
        jobs.Done.Add((DailyReportService.JobName, Day.AddDays(-DailyReportService.MaxCatchUpDays - 1)));
        activity.Days[("acme", Day.AddDays(-3))] = Sample.Published("L-P-26-0000001_01.PDF");
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000002_01.PDF");

        var runs = await Service("acme").RunIfDueAsync(CancellationToken.None);

        Assert.Equal([Day], runs!.Select(r => r.Day));
        Assert.Single(pec.Sent);
    }

    [Fact]
    public async Task A_company_whose_earlier_day_failed_gets_its_later_day_only_after_it()
    {
        jobs.Done.Add((DailyReportService.JobName, Day.AddDays(-2)));
        activity.Days[("acme", Day.AddDays(-1))] = Sample.Published("L-P-26-0000001_01.PDF");
        activity.Days[("acme", Day)] = Sample.Published("L-P-26-0000002_01.PDF");
        activity.Days[("beta", Day)] = Sample.Published("L-P-26-0000003_01.PDF");
        pec.Refusing.Add("Riepilogo operazioni del giorno: 09/03/2026");

        var first = await Service("acme", "beta").RunIfDueAsync(CancellationToken.None);
        Assert.Equal([["acme"], ["acme"]], first!.Select(r => r.Failed));
        Assert.Equal(["beta@pec.example.it"], pec.Sent.Select(m => m.To));
        Assert.DoesNotContain((DailyReportService.JobName, Day.AddDays(-1)), jobs.Done);

        pec.Refusing.Clear();
        clock.Advance(TimeSpan.FromMinutes(15));
        await Service("acme", "beta").RunIfDueAsync(CancellationToken.None);
        Assert.Equal(["L-P-26-0000003_01.PDF", "L-P-26-0000001_01.PDF", "L-P-26-0000002_01.PDF"],
            pec.Sent.Select(m => System.Text.Encoding.UTF8.GetString(m.Attachment)));
        Assert.Contains((DailyReportService.JobName, Day), jobs.Done);
    }
}
