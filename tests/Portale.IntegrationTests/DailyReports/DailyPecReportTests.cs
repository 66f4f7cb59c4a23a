using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Portale.Functions.DailyReports;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using Portale.IntegrationTests.Uploads;

namespace Portale.IntegrationTests.DailyReports;

/// <summary>The daily PEC (manual ch. 10): what a company did on a day, at its PEC address, once.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DailyPecReportTests(DedicatedAzurite own) : IClassFixture<DedicatedAzurite>
{
    private readonly AzuriteProcess azurite = own.Azurite;

    [Fact]
    public async Task The_day_after_each_active_company_gets_one_PEC_with_the_days_letters_downloads_answers_communications_and_errors()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 9, 2));
        var company = await s.CompanyAsync("pec");
        var quiet = await s.CompanyAsync("pecq");
        var answered = await s.StageAsync(LetterScenario.Fields(company));
        var untouched = await s.StageAsync(LetterScenario.Fields(company));
        await s.PublishNightAsync();

        var userId = $"u-{Guid.NewGuid():N}"[..30];
        using var user = await s.Host.OperatorClientAsync(userId, company, quiet);
        await UploadScenario.DownloadedLettersAsync(s, user, company, [answered]);
        var answer = TestPdfs.OnePage("Risposta del giorno");
        Assert.Equal("accepted", (await UploadScenario.UploadAsync(user, company, "answer", "risposta.pdf", answer, [answered])).GetProperty("status").GetString());
        Assert.Equal("accepted", (await UploadScenario.UploadAsync(user, company, "communication", "avviso.pdf", TestPdfs.OnePage(), label: "Avviso")).GetProperty("status").GetString());
        Assert.Equal("rejected", (await UploadScenario.UploadAsync(user, company, "communication", "rotto.pdf", "non sono un pdf"u8.ToArray(), label: "Rotto")).GetProperty("status").GetString());
        var failure = Assert.Single(await UploadScenario.FailedAsync(user, company));
        var letterHash = (await UploadScenario.LetterAsync(user, company, untouched)).GetProperty("hash").GetString()!;

        // Before 03:30 the next day nothing goes out; from then on, one PEC.
        await s.Host.SetClockAsync(LetterScenario.At(s.Day.AddDays(1), 3, 20));
        await RunAsync(s);
        Assert.Empty(await PecsAsync(s, company));
        await s.Host.SetClockAsync(LetterScenario.At(s.Day.AddDays(1), 3, 31));
        await RunAsync(s);
        await RunAsync(s);

        var pec = Assert.Single(await PecsAsync(s, company));
        Assert.Equal("Riepilogo operazioni del giorno: 02/09/2026", pec.GetProperty("subject").GetString());
        Assert.StartsWith("Si trasmette, in allegato, quanto in oggetto.", pec.GetProperty("body").GetString());
        var attachment = pec.GetProperty("attachment");
        Assert.Equal($"Riepilogo_{company}_20260902.pdf", attachment.GetProperty("name").GetString());
        var report = ReportPdf.Read(Convert.FromBase64String(attachment.GetProperty("contentBase64").GetString()!));

        Assert.Contains($"Esercente: Società {company}", report.Text);
        // Row by row, cells in the manual's column order: published (Lettera, Data Pubblicazione, HASH),
        // downloaded (Lettera, Data Pubblicazione, Data Download, ...).
        Assert.Contains($"{untouched}02/09/2026{letterHash}", report.Compact);
        Assert.Contains($"{answered}02/09/202602/09/2026", report.Compact);
        Assert.Contains(UploadScenario.AnswerName(answered), report.Text);
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(answer)), report.Compact);
        Assert.Contains("Avviso (avviso.pdf)", report.Text);
        Assert.Contains("rotto.pdf", report.Text);
        Assert.Contains(failure.GetProperty("reason").GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal), report.Compact);
        Assert.Contains(userId, report.Text);
        Assert.Contains("02/09/2026", report.Text);

        // A company with nothing that day gets no PEC.
        Assert.Empty(await PecsAsync(s, quiet));
    }

    [Fact]
    public async Task A_day_the_job_could_not_run_goes_out_the_next_time_before_the_newer_day_and_an_emoji_does_not_stop_the_report()
    {
        var day = new DateOnly(2028, 3, 6);
        await using var s = await LetterScenario.StartAsync(azurite, day);
        var company = await s.CompanyAsync("pecc");
        // The run of the 6th sends the 5th and completes it.
        await s.RunAtAsync(DailyReportFunctions.Send, LetterScenario.At(day, 3, 31));

        await s.Host.SetClockAsync(LetterScenario.At(day, 10, 0));
        using (var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company))
        {
            Assert.Equal("accepted", (await UploadScenario.UploadAsync(user, company, "communication", "avviso.pdf", TestPdfs.OnePage(), label: "Avviso 🚀 già")).GetProperty("status").GetString());
        }
        // On the 7th the job does not run (the portal was down at 03:30 and after).
        await s.Host.SetClockAsync(LetterScenario.At(day.AddDays(1), 10, 0));
        using (var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company))
        {
            Assert.Equal("accepted", (await UploadScenario.UploadAsync(user, company, "communication", "seconda.pdf", TestPdfs.OnePage(), label: "Seconda")).GetProperty("status").GetString());
        }

        await s.RunAtAsync(DailyReportFunctions.Send, LetterScenario.At(day.AddDays(2), 3, 31));
        await s.RunAtAsync(DailyReportFunctions.Send, LetterScenario.At(day.AddDays(2), 3, 46));

        // Newest first in the outbox: the 6th went out before the 7th, each once.
        var pecs = await PecsAsync(s, company);
        Assert.Equal(["Riepilogo operazioni del giorno: 07/03/2028", "Riepilogo operazioni del giorno: 06/03/2028"],
            pecs.Select(p => p.GetProperty("subject").GetString()));
        var sixth = Convert.FromBase64String(pecs[1].GetProperty("attachment").GetProperty("contentBase64").GetString()!);
        var report = ReportPdf.Read(sixth).Text;
        Assert.Contains("Avviso", report);
        Assert.Contains("già (avviso.pdf)", report);
        Assert.DoesNotContain("Seconda", report);
        Assert.Contains("Seconda (seconda.pdf)", ReportPdf.Read(Convert.FromBase64String(pecs[0].GetProperty("attachment").GetProperty("contentBase64").GetString()!)).Text);

        // The ledger: to which address, when, what.
        var ledger = await LetterScenario.GetJsonAsync(s.Staff, "/api/backoffice/daily-reports/2028-03-06?pageSize=100");
        var row = Assert.Single(ledger.GetProperty("items").EnumerateArray(), r => r.GetProperty("companyId").GetString() == company);
        Assert.Equal("sent", row.GetProperty("status").GetString());
        Assert.Equal($"{company}@pec.it", row.GetProperty("to").GetString());
        Assert.StartsWith("2028-03-08T03:31", row.GetProperty("sentAt").GetString());
        Assert.Equal("Riepilogo operazioni del giorno: 06/03/2028", row.GetProperty("subject").GetString());
        Assert.Equal($"Riepilogo_{company}_20280306.pdf", row.GetProperty("attachmentName").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(sixth)), row.GetProperty("attachmentHash").GetString());
        using (var bad = await s.Staff.GetAsync("/api/backoffice/daily-reports/06-03-2028"))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        }

        var log = await LetterScenario.GetJsonAsync(s.Staff, "/api/backoffice/jobs?job=daily-pec-report&pageSize=100");
        var run = Assert.Single(log.GetProperty("items").EnumerateArray(), r => r.GetProperty("day").GetString() == "2028-03-07");
        Assert.Equal(2, run.GetProperty("counts").GetProperty("days").GetInt32());
    }

    [Fact]
    public async Task A_PEC_the_server_accepted_is_not_sent_again_when_the_connection_then_fails_and_one_it_did_not_accept_is()
    {
        await using var smtp = new FakeSmtpServer();
        var day = new DateOnly(2028, 6, 5);
        await using var s = await LetterScenario.StartAsync(azurite, day, smtp.Settings());
        var (accepted, unanswered) = (await s.CompanyAsync("pecs"), await s.CompanyAsync("pecs"));
        smtp.Plan($"{accepted}@pec.it", SmtpBehaviour.DropAfterAccept);
        smtp.Plan($"{unanswered}@pec.it", SmtpBehaviour.DropBeforeReply);
        await s.StageAsync(LetterScenario.Fields(accepted));
        await s.StageAsync(LetterScenario.Fields(unanswered));
        await s.PublishNightAsync();

        await s.RunAtAsync(DailyReportFunctions.Send, LetterScenario.At(day.AddDays(1), 3, 31));
        await s.RunAtAsync(DailyReportFunctions.Send, LetterScenario.At(day.AddDays(1), 3, 46));
        // Past the claim timeout too: nothing left to take over.
        await s.RunAtAsync(DailyReportFunctions.Send, LetterScenario.At(day.AddDays(1), 4, 30));

        List<SmtpDelivery> To(IEnumerable<SmtpDelivery> deliveries, string company) =>
            [.. deliveries.Where(d => d.To.Contains($"{company}@pec.it"))];
        var first = Assert.Single(To(smtp.Accepted, accepted));
        Assert.Contains("Subject: Riepilogo operazioni del giorno: 05/06/2028", first.Data);
        Assert.Equal("portale@pec.example.it", first.From);
        Assert.Single(To(smtp.Unanswered, unanswered));
        Assert.Single(To(smtp.Accepted, unanswered));

        var ledger = await LetterScenario.GetJsonAsync(s.Staff, "/api/backoffice/daily-reports/2028-06-05");
        var rows = ledger.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("companyId").GetString()!);
        Assert.StartsWith("2028-06-06T03:31", rows[accepted].GetProperty("sentAt").GetString());
        Assert.Contains("queued as", rows[accepted].GetProperty("serverReply").GetString());
        Assert.StartsWith("2028-06-06T03:46", rows[unanswered].GetProperty("sentAt").GetString());
    }

    private static async Task RunAsync(LetterScenario s)
    {
        using var run = await s.Host.Client.PostAsync($"/admin/functions/{DailyReportFunctions.Send}", null);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
    }

    private static async Task<List<JsonElement>> PecsAsync(LetterScenario s, string company)
    {
        var outbox = await s.Host.Client.GetFromJsonAsync<JsonElement>($"/api/dev/outbox?to={Uri.EscapeDataString($"{company}@pec.it")}");
        return outbox.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "pec").ToList();
    }
}
