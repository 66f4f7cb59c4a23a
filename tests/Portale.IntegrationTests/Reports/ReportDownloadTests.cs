using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Portale.Core.Publication;
using Portale.Functions.Reports;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using static Portale.IntegrationTests.Uploads.UploadScenario;

namespace Portale.IntegrationTests.Reports;

/// <summary>Manual 6.9 over HTTP: every report downloaded and opened as Excel, on a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReportDownloadTests(AzuriteProcess azurite)
{
    private static readonly string[] ToWorkHeaders =
    [
        "Lettera", "Data Pubblicazione", "Destinatario Principale", "ID Caso", "Tipo Pratica", "Utenza", "Tipo Servizio", "Argomento",
        "Sub Argomento", "Denominazione Cliente", "Indirizzo Fornitura", "Data Offline", "Hash Lettera", "NOTA", "Data Download",
        "Utente Download", "Giorni a scadenza risposta", "Proroga(gg)",
    ];

    [Fact]
    public async Task Each_report_is_the_section_list_as_an_xlsx_with_Italian_headers_real_dates_and_only_the_company_rows()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 11, 24));
        var mine = await s.CompanyAsync("rep");
        var theirs = await s.CompanyAsync("rpx");
        var toWork = await s.StageAsync(LetterScenario.Fields(mine, customer: "Giulia Verdi"));
        var fresh = await s.StageAsync(LetterScenario.Fields(mine, serviceType: "gas"));
        var cc = await s.StageAsync(LetterScenario.Fields(theirs, [mine]));
        var answered = await s.StageAsync(LetterScenario.Fields(mine));
        var secret = await s.StageAsync(LetterScenario.Fields(theirs, customer: "Cliente Riservato"));
        await s.PublishNightAsync();
        var reminder = $"S{toWork[1..toWork.IndexOf('_', StringComparison.Ordinal)]}_01.PDF";
        await StageReminderAsync(s, reminder, toWork);
        var day = s.Day.AddDays(1);
        await PublishNightAsync(s, day);

        var userId = $"u-{Guid.NewGuid():N}"[..30];
        using var user = await s.Host.OperatorClientAsync(userId, mine);
        await DownloadedLettersAsync(s, user, mine, [toWork, cc, answered]);
        Assert.Equal("accepted", (await UploadAsync(user, mine, "answer", "risposta.pdf", TestPdfs.OnePage("Risposta"), [answered])).GetProperty("status").GetString());
        await UploadAsync(user, mine, "communication", "comunicazione.pdf", TestPdfs.OnePage("Comunicazione"), label: "Etichetta");
        await UploadAsync(user, mine, "communication", "nota.pdf", "testo"u8.ToArray(), label: "Nota");
        // A sollecito downloaded, so its Data/Utente Download are filled.
        Assert.True((await user.GetAsync($"/api/companies/{mine}/reminders/{reminder}/pdf")).IsSuccessStatusCode);

        using (var sheet = await DownloadAsync(user, mine, "to-work", $"Report_lettere_scaricate_da_lavorare_{mine}_{day:yyyyMMdd}.xlsx"))
        {
            var ws = sheet.Worksheet(1);
            Assert.Equal(ToWorkHeaders, Headers(ws));
            Assert.True(ws.Row(1).Cell(1).Style.Font.Bold);
            Assert.Equal(1, ws.SheetView.SplitRow);
            Assert.True(ws.AutoFilter.IsEnabled);
            Assert.Equal(2, ws.LastRowUsed()!.RowNumber());
            Assert.Equal(toWork, Cell(ws, "Lettera").GetString());
            var published = Cell(ws, "Data Pubblicazione");
            Assert.Equal(XLDataType.DateTime, published.DataType);
            Assert.Equal(s.Day.ToDateTime(TimeOnly.MinValue), published.GetDateTime());
            Assert.Equal("dd/mm/yyyy", published.Style.DateFormat.Format);
            var downloaded = Cell(ws, "Data Download");
            Assert.Equal(XLDataType.DateTime, downloaded.DataType);
            // The clock runs on from 09:00; the cell keeps whole seconds, as the list shows.
            Assert.InRange(downloaded.GetDateTime(), new DateTime(day, new TimeOnly(9, 0)), new DateTime(day, new TimeOnly(9, 5)));
            Assert.Equal(0, downloaded.GetDateTime().Millisecond);
            Assert.Equal("dd/mm/yyyy hh:mm:ss", downloaded.Style.DateFormat.Format);
            Assert.Equal(userId, Cell(ws, "Utente Download").GetString());
            Assert.Equal("SI", Cell(ws, "Destinatario Principale").GetString());
            Assert.Equal("Giulia Verdi", Cell(ws, "Denominazione Cliente").GetString());
            // Giorni a scadenza risposta as the list computes it from the calendar and the clock.
            var listed = Assert.Single((await LetterScenario.GetJsonAsync(user, $"/api/companies/{mine}/letters?section=to-work")).GetProperty("items").EnumerateArray());
            Assert.Equal(XLDataType.Number, Cell(ws, "Giorni a scadenza risposta").DataType);
            Assert.Equal(listed.GetProperty("daysToDeadline").GetInt32(), Cell(ws, "Giorni a scadenza risposta").GetValue<int>());
            Assert.Equal(listed.GetProperty("hash").GetString(), Cell(ws, "Hash Lettera").GetString());
        }

        using (var sheet = await DownloadAsync(user, mine, "new", $"Report_nuove_lettere_ricevute_{mine}_{day:yyyyMMdd}.xlsx"))
        {
            var ws = sheet.Worksheet(1);
            Assert.Equal(ToWorkHeaders[..14], Headers(ws));
            Assert.Equal(2, ws.LastRowUsed()!.RowNumber());
            Assert.Equal(fresh, Cell(ws, "Lettera").GetString());
            Assert.Equal("Gas", Cell(ws, "Tipo Servizio").GetString());
            // ID Caso stays text even though it looks like a number.
            Assert.Equal(XLDataType.Text, Cell(ws, "ID Caso").DataType);
            // A TO letter waiting for its answer has no Data Offline yet: an empty cell, as the list shows.
            Assert.True(Cell(ws, "Data Offline").IsEmpty());
        }

        using (var sheet = await DownloadAsync(user, mine, "cc", $"Report_lettere_scaricate_in_copia_conoscenza_{mine}_{day:yyyyMMdd}.xlsx"))
        {
            var ws = sheet.Worksheet(1);
            Assert.Equal([.. ToWorkHeaders[..16]], Headers(ws));
            Assert.Equal(cc, Cell(ws, "Lettera").GetString());
            Assert.Equal("NO", Cell(ws, "Destinatario Principale").GetString());
            Assert.Equal(XLDataType.DateTime, Cell(ws, "Data Offline").DataType);
            Assert.Equal(userId, Cell(ws, "Utente Download").GetString());
        }

        using (var sheet = await DownloadAsync(user, mine, "archive", $"Report_archivio_lettere_con_risposta_{mine}_{day:yyyyMMdd}.xlsx"))
        {
            var ws = sheet.Worksheet(1);
            Assert.Equal(["Lettera", "Data Pubblicazione", "Data Download", "Utente Download", "RISPOSTA", "Data Risposta", "Utente Risposta", "Completezza Risposta"],
                Headers(ws).Take(8));
            Assert.Equal(2, ws.LastRowUsed()!.RowNumber());
            Assert.Equal(answered, Cell(ws, "Lettera").GetString());
            Assert.Equal(AnswerName(answered), Cell(ws, "RISPOSTA").GetString());
            Assert.Equal(userId, Cell(ws, "Utente Risposta").GetString());
            Assert.Equal(XLDataType.DateTime, Cell(ws, "Data Risposta").DataType);
        }

        using (var sheet = await DownloadAsync(user, mine, "reminders", $"Report_nuovi_solleciti_ricevuti_{mine}_{day:yyyyMMdd}.xlsx"))
        {
            var ws = sheet.Worksheet(1);
            Assert.Equal(["Sollecito", "Data Pubblicazione Sollecito", "Rif. Lettera", "Data Pubblicazione Lettera", "ID Caso", "Utenza", "Tipo Servizio",
                "Denominazione Cliente", "Indirizzo Fornitura", "Data Download", "Utente Download"], Headers(ws));
            Assert.Equal(2, ws.LastRowUsed()!.RowNumber());
            Assert.Equal(reminder, Cell(ws, "Sollecito").GetString());
            Assert.Equal(toWork, Cell(ws, "Rif. Lettera").GetString());
            Assert.Equal(day.ToDateTime(TimeOnly.MinValue), Cell(ws, "Data Pubblicazione Sollecito").GetDateTime());
            Assert.Equal(s.Day.ToDateTime(TimeOnly.MinValue), Cell(ws, "Data Pubblicazione Lettera").GetDateTime());
            Assert.Equal("Giulia Verdi", Cell(ws, "Denominazione Cliente").GetString());
            Assert.Equal(userId, Cell(ws, "Utente Download").GetString());
        }

        using (var sheet = await DownloadAsync(user, mine, "communications", $"Report_comunicazioni_libere_{mine}_{day:yyyyMMdd}.xlsx"))
        {
            var ws = sheet.Worksheet(1);
            Assert.Equal(["Comunicazione", "Etichetta", "Tipo", "Data Caricamento", "Utente Caricamento", "HASH"], Headers(ws));
            Assert.Equal(2, ws.LastRowUsed()!.RowNumber());
            Assert.Equal("comunicazione.pdf", Cell(ws, "Comunicazione").GetString());
            Assert.Equal("Etichetta", Cell(ws, "Etichetta").GetString());
            Assert.Equal("Comunicazione libera", Cell(ws, "Tipo").GetString());
            Assert.Equal(XLDataType.DateTime, Cell(ws, "Data Caricamento").DataType);
            Assert.Equal(userId, Cell(ws, "Utente Caricamento").GetString());
        }

        using (var sheet = await DownloadAsync(user, mine, "failed-uploads", $"Report_invii_falliti_{mine}_{day:yyyyMMdd}.xlsx"))
        {
            var ws = sheet.Worksheet(1);
            Assert.Equal(["File", "Data Evento", "Utente", "Motivo Errore"], Headers(ws));
            Assert.Equal(2, ws.LastRowUsed()!.RowNumber());
            Assert.Equal("nota.pdf", Cell(ws, "File").GetString());
            Assert.Equal("Il formato del file 'nota.pdf' non è valido", Cell(ws, "Motivo Errore").GetString());
            Assert.Equal(XLDataType.DateTime, Cell(ws, "Data Evento").DataType);
        }

        // Another company's letters never appear; its reports are not found; an unknown report is a 404 in Italian.
        foreach (var report in new[] { "new", "to-work", "cc", "archive", "reminders", "communications", "failed-uploads" })
        {
            using var response = await user.GetAsync($"/api/companies/{mine}/reports/{report}");
            using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
            var text = string.Join("|", workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()));
            Assert.DoesNotContain(secret, text);
            Assert.DoesNotContain("Riservato", text);
            using var other = await user.GetAsync($"/api/companies/{theirs}/reports/{report}");
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        }
        using var unknown = await user.GetAsync($"/api/companies/{mine}/reports/tutto");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var problem = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(ReportFunctions.UnknownReport, problem.GetProperty("title").GetString());
    }

    private static async Task<XLWorkbook> DownloadAsync(HttpClient user, string company, string report, string fileName)
    {
        using var response = await user.GetAsync($"/api/companies/{company}/reports/{report}");
        Assert.True(response.IsSuccessStatusCode, $"{report}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    private static string[] Headers(IXLWorksheet ws) => ws.Row(1).CellsUsed().Select(c => c.GetString()).ToArray();

    private static IXLCell Cell(IXLWorksheet ws, string header, int row = 2) =>
        ws.Row(row).Cell(Array.IndexOf(Headers(ws), header) + 1);

    private static async Task StageReminderAsync(LetterScenario s, string name, string letter)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestPdfs.OnePage(name));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        form.Add(new StringContent(JsonSerializer.Serialize(new { letter })), "metadata");
        using var response = await s.Staff.PostAsync("/api/backoffice/reminders", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task PublishNightAsync(LetterScenario s, DateOnly day)
    {
        await s.Host.SetClockAsync(LetterScenario.At(day, 1, 5));
        using (var run = await s.Host.Client.PostAsync($"/admin/functions/{Portale.Functions.Publication.PublicationFunctions.NightlyLoading}", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        }
        Assert.True(await s.Host.Services.GetRequiredService<IJobLedger>().IsDoneAsync(NightlyPublication.JobName, day, CancellationToken.None));
        await s.Host.SetClockAsync(LetterScenario.At(day, 9, 0));
    }

    [Fact]
    public async Task A_report_of_21000_letters_more_than_the_old_cap_opens_with_every_row_newest_first_and_its_length_announced()
    {
        await using var host = await PortaleHost.StartAsync(azurite);
        var company = LetterScenario.NewCompanyId("rbig");
        var letters = SeededLetters.Of(company, 21_000, TestClock.Now().AddDays(-1), downloadedEvery: 1);
        var seeding = System.Diagnostics.Stopwatch.StartNew();
        await SeededLetters.PublishAsync(host, letters);
        Console.WriteLine($"Seeding 21,000 letters: {seeding.ElapsedMilliseconds} ms");
        using var user = await host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var response = await user.GetAsync($"/api/companies/{company}/reports/to-work", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0, "the browser needs the length to show progress");
        using var file = new MemoryStream();
        await response.Content.CopyToAsync(file);
        Console.WriteLine($"Report of 21,000 letters: {watch.ElapsedMilliseconds} ms, {file.Length:N0} bytes");
        Assert.Equal(response.Content.Headers.ContentLength, file.Length);

        file.Position = 0;
        var (rows, first, last) = SheetRows(file);
        Assert.Equal(21_001, rows);
        Assert.Equal(letters[0].Name, first);
        Assert.Equal(letters[^1].Name, last);
    }

    /// <summary>Rows of the first sheet read as a stream (a DOM of 21,000 rows would weigh on the test), with the first column of the second and last.</summary>
    private static (int Rows, string? First, string? Last) SheetRows(Stream xlsx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(xlsx, false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        using var reader = DocumentFormat.OpenXml.OpenXmlReader.Create(part);
        var (rows, first, last) = (0, (string?)null, (string?)null);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(DocumentFormat.OpenXml.Spreadsheet.Row) && reader.IsStartElement)
            {
                var row = (DocumentFormat.OpenXml.Spreadsheet.Row)reader.LoadCurrentElement()!;
                rows++;
                var name = row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().First().InnerText;
                first ??= rows == 2 ? name : null;
                last = name;
            }
        }
        return (rows, first, last);
    }
}
