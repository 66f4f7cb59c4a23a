using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Portale.Core.Calendar;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using Portale.IntegrationTests.Uploads;
using static Portale.IntegrationTests.Outages.OutageScenario;

namespace Portale.IntegrationTests.Outages;

/// <summary>
/// Manual ch. 9: a company reports the answers it could not upload during a qualifying outage; each one
/// uploaded within 72 hours of the outage's end takes as Data Risposta the day of the failed attempt, and
/// the archive says so and why. Outages that do not qualify take no report.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OutageReportTests(AzuriteProcess azurite)
{
    private static readonly DateOnly Published = new(2031, 5, 5);
    private static readonly DateOnly Tuesday = new(2031, 6, 10); // the outage, 09:00–12:01
    private static readonly DateOnly Monday = Tuesday.AddDays(-1);

    [Fact]
    public async Task A_reported_answer_uploaded_within_72_hours_takes_the_day_of_the_attempt_and_the_archive_says_why()
    {
        // The term that makes Wed 11/06 the last day an answer counts (the 15th working day past the deadline,
        // Tuesday off-line): uploaded on Thursday it is «assente», unless it takes Tuesday.
        var calendar = new WorkingDayCalendar([Tuesday]);
        var term = Enumerable.Range(1, 60).First(t => new AbsentAnswerRule(calendar).LastAcceptedDay(
            new ResponseSla(calendar).Deadline(new LetterTerms(Published, t))) == Tuesday.AddDays(1));
        await using var s = await LetterScenario.StartAsync(azurite, Published);
        var company = await s.CompanyAsync("ch9");
        var other = await s.CompanyAsync("ch9o");
        var reported = await s.StageAsync(LetterScenario.Fields(company, term: term));
        var control = await s.StageAsync(LetterScenario.Fields(company, term: term));
        var later = await s.StageAsync(LetterScenario.Fields(company, term: term));
        var foreign = await s.StageAsync(LetterScenario.Fields(other, term: term));
        await s.PublishNightAsync();
        var userId = $"u-{Guid.NewGuid():N}"[..30];
        using (var user = await s.Host.OperatorClientAsync(userId, company))
        {
            await UploadScenario.DownloadedLettersAsync(s, user, company, [reported, control, later]);
        }

        await s.Host.SetClockAsync(At(Tuesday, 13, 0));
        var outage = (await RecordAsync(s.Staff, NewId("guasto"), At(Tuesday, 9, 0), At(Tuesday, 12, 1))).GetProperty("id").GetString()!;
        var shortOne = (await RecordAsync(s.Staff, NewId("short"), At(Monday, 10, 0), At(Monday, 12, 59))).GetProperty("id").GetString()!;
        var evening = (await RecordAsync(s.Staff, NewId("evening"), At(Monday, 17, 0), At(Monday, 21, 0))).GetProperty("id").GetString()!;
        var planned = (await RecordAsync(s.Staff, NewId("planned"), At(Monday, 9, 0), At(Monday, 18, 0), planned: true)).GetProperty("id").GetString()!;
        var reports = $"/api/companies/{company}/outage-reports";
        using (var user = await s.Host.OperatorClientAsync(userId, company))
        {
            var reportable = (await LetterScenario.GetJsonAsync(user, "/api/outages")).GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
            Assert.Contains(outage, reportable);
            Assert.DoesNotContain(shortOne, reportable);
            Assert.DoesNotContain(planned, reportable);
            foreach (var (id, words) in new[] { (shortOne, "più di 3 ore continuative"), (evening, "più di 3 ore continuative"), (planned, "manutenzione programmata") })
            {
                var refused = await ProblemAsync(await ReportAsync(user, reports, id, Monday, AnswerName(reported)));
                Assert.Contains(words, Assert.Single(Errors(refused, "outageId")));
            }

            // Another company's letter is refused exactly like one that does not exist.
            var missing = LetterScenario.NewLetterName(26);
            var hostile = await ProblemAsync(await ReportAsync(user, reports, outage, Tuesday, AnswerName(foreign), AnswerName(missing)));
            Assert.Equal([$"La risposta '{AnswerName(foreign)}' non corrisponde ad alcuna lettera della società.",
                $"La risposta '{AnswerName(missing)}' non corrisponde ad alcuna lettera della società."], Errors(hostile, "answers"));
            var outside = await ProblemAsync(await ReportAsync(user, reports, outage, Monday, AnswerName(reported)));
            Assert.Equal(["Il giorno del tentativo di caricamento deve cadere durante l'interruzione (dal 10/06/2031 al 10/06/2031)."], Errors(outside, "attemptedOn"));

            // Typed as a person would: lower case, without the extension.
            var report = await LetterScenario.JsonAsync(await ReportAsync(user, reports, outage, Tuesday, AnswerName(reported)[..^4].ToLowerInvariant()));
            Assert.Equal([AnswerName(reported)], report.GetProperty("answers").EnumerateArray().Select(a => a.GetString()));
            Assert.False(report.GetProperty("bySportello").GetBoolean());
            Assert.Single((await LetterScenario.GetJsonAsync(user, reports)).GetProperty("items").EnumerateArray());
        }
        Assert.Empty((await LetterScenario.GetJsonAsync(s.Staff, $"/api/backoffice/companies/{other}/outage-reports")).GetProperty("items").EnumerateArray());

        // Thursday 10:00, within 72 hours of the end: the three answers are uploaded.
        await s.Host.SetClockAsync(At(Tuesday.AddDays(2), 10, 0));
        using (var user = await s.Host.OperatorClientAsync(userId, company))
        {
            foreach (var letter in new[] { reported, control, later })
            {
                Assert.Equal("accepted", (await UploadScenario.UploadAsync(user, company, "answer", "risposta.pdf", TestPdfs.OnePage(), [letter])).GetProperty("status").GetString());
            }
            var backdated = await UploadScenario.LetterAsync(user, company, reported);
            Assert.Equal(JsonValueKind.Null, backdated.GetProperty("completeness").ValueKind);
            Assert.Equal("2031-06-10", backdated.GetProperty("answerBackdatedTo").GetString());
            Assert.Equal("Data Risposta attribuita al giorno del tentativo di caricamento non andato a buon fine (10/06/2031), segnalato " +
                "per l'indisponibilità del Portale dal 10/06/2031 09:00 al 10/06/2031 12:01 (manuale, capitolo 9).",
                backdated.GetProperty("answerBackdatingReason").GetString());
            Assert.StartsWith("2031-06-12T10:00", backdated.GetProperty("answeredAt").GetString());
            var notReported = await UploadScenario.LetterAsync(user, company, control);
            Assert.Equal("assente", notReported.GetProperty("completeness").GetString());
            Assert.Equal(JsonValueKind.Null, notReported.GetProperty("answerBackdatedTo").ValueKind);
        }

        // The Sportello records, from the company's Excel, a report for an answer already filed: it takes the day too.
        var recorded = await LetterScenario.JsonAsync(await s.Staff.PostAsync($"/api/backoffice/companies/{company}/outage-reports",
            WorkbookForm(outage, Tuesday, TestWorkbooks.Names(AnswerName(later)))));
        Assert.True(recorded.GetProperty("bySportello").GetBoolean());
        Assert.Equal([AnswerName(later)], recorded.GetProperty("answers").EnumerateArray().Select(a => a.GetString()));

        // The change feed gives the backdating with the answer, and again, as an answer item of the same upload,
        // when the Sportello records the report after the answer was filed.
        var answers = (await LetterScenario.GetJsonAsync(s.Staff, $"/api/backoffice/companies/{company}/changes?kind=answer&pageSize=100"))
            .GetProperty("items").EnumerateArray().ToList();
        JsonElement[] Of(string letter) => [.. answers.Where(i => i.GetProperty("letter").GetString() == letter)];
        Assert.Equal("2031-06-10", Assert.Single(Of(reported)).GetProperty("backdating").GetProperty("attemptedOn").GetString());
        Assert.Equal(JsonValueKind.Null, Assert.Single(Of(control)).GetProperty("backdating").ValueKind);
        var laterItems = Of(later);
        Assert.Equal(2, laterItems.Length);
        Assert.Equal(JsonValueKind.Null, laterItems[0].GetProperty("backdating").ValueKind);
        Assert.Equal(laterItems[0].GetProperty("uploadId").GetString(), laterItems[1].GetProperty("uploadId").GetString());
        Assert.Equal("2031-06-10", laterItems[1].GetProperty("backdating").GetProperty("attemptedOn").GetString());
        Assert.StartsWith("Data Risposta attribuita", laterItems[1].GetProperty("backdating").GetProperty("reason").GetString());

        // Saturday: more than 72 hours after the end, the operator can no longer report; the Sportello still can.
        await s.Host.SetClockAsync(At(Tuesday.AddDays(4), 10, 0));
        using (var user = await s.Host.OperatorClientAsync(userId, company))
        {
            var archive = (await LetterScenario.GetJsonAsync(user, $"/api/companies/{company}/letters?section=archive&pageSize=10")).GetProperty("items").EnumerateArray().ToList();
            Assert.Equal("2031-06-10", archive.Single(l => l.GetProperty("name").GetString() == reported).GetProperty("answerBackdatedTo").GetString());
            var filedBefore = archive.Single(l => l.GetProperty("name").GetString() == later);
            Assert.Equal(("2031-06-10", JsonValueKind.Null), (filedBefore.GetProperty("answerBackdatedTo").GetString(), filedBefore.GetProperty("completeness").ValueKind));
            Assert.DoesNotContain(outage, (await LetterScenario.GetJsonAsync(user, "/api/outages")).GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
            var tooLate = await ProblemAsync(await ReportAsync(user, reports, outage, Tuesday, AnswerName(control)));
            Assert.Equal(["Sono trascorse più di 72 ore dalla risoluzione dell'anomalia: la segnalazione può essere registrata solo dallo Sportello."], Errors(tooLate, "outageId"));
        }
        using (var bySportello = await ReportAsync(s.Staff, $"/api/backoffice/companies/{company}/outage-reports", outage, Tuesday, AnswerName(control)))
        {
            Assert.Equal(HttpStatusCode.Created, bySportello.StatusCode);
        }
        using (var unknownCompany = await ReportAsync(s.Staff, "/api/backoffice/companies/nessuna-societa/outage-reports", outage, Tuesday, AnswerName(control)))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknownCompany.StatusCode);
        }
    }

    [Fact]
    public async Task A_workbook_is_checked_as_hostile_input()
    {
        // December 2031: its off-line day falls past every deadline the other tests count.
        var day = new DateOnly(2031, 12, 3); // a Wednesday
        await using var s = await LetterScenario.StartAsync(azurite, day.AddDays(-1));
        var company = await s.CompanyAsync("ch9x");
        await s.Host.SetClockAsync(At(day, 13, 0));
        var outage = (await RecordAsync(s.Staff, NewId("guasto"), At(day, 9, 0), At(day, 12, 30))).GetProperty("id").GetString()!;
        using var user = await s.Host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);
        var reports = $"/api/companies/{company}/outage-reports";

        var notExcel = await ProblemAsync(await user.PostAsync(reports, WorkbookForm(outage, day, "not a workbook"u8.ToArray(), "elenco.xlsx")));
        Assert.Equal(["Il formato del file 'elenco.xlsx' non è valido"], Errors(notExcel, "file"));
        using (var tooLarge = await user.PostAsync(reports, WorkbookForm(outage, day, new byte[1024 * 1024 + 1], "elenco.xlsx")))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        }
        var wrongName = await ProblemAsync(await user.PostAsync(reports, WorkbookForm(outage, day, TestWorkbooks.Names("L-P-31-0000001_01.PDF"))));
        Assert.Equal(["Riga 2: 'L-P-31-0000001_01.PDF' non è il nome di una risposta (R-P-AA-NNNNNNN_NN.PDF)."], Errors(wrongName, "file"));
        using (var noFile = await user.PostAsync(reports, new MultipartFormDataContent { { new StringContent(outage), "outageId" } }))
        {
            Assert.Equal("file-required", (await ProblemAsync(noFile)).GetProperty("code").GetString());
        }
        using var badDay = await user.PostAsync(reports, WorkbookForm(outage, day, TestWorkbooks.Names("R-P-31-0000001_01.PDF"), attemptedOn: "03/12/2031"));
        Assert.Equal(["Indicare il giorno del tentativo di caricamento nel formato aaaa-mm-gg."], Errors(await ProblemAsync(badDay), "attemptedOn"));
        Assert.Empty((await LetterScenario.GetJsonAsync(user, reports)).GetProperty("items").EnumerateArray());
    }

    private static string AnswerName(string letter) => UploadScenario.AnswerName(letter);

    private static MultipartFormDataContent WorkbookForm(
        string outageId, DateOnly day, byte[] workbook, string fileName = "risposte.xlsx", string? attemptedOn = null)
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent
        {
            { new StringContent(outageId), "outageId" },
            { new StringContent(attemptedOn ?? day.ToString("yyyy-MM-dd")), "attemptedOn" },
            { file, "file", fileName },
        };
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {text}");
            return JsonDocument.Parse(text).RootElement;
        }
    }
}
