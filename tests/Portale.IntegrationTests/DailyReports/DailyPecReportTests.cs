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
public sealed class DailyPecReportTests(AzuriteProcess azurite)
{
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
