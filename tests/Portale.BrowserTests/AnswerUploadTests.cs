using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portale.Adapters.Documents;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>
/// Manual 6.2.2 and 6.5 as the demo operator does them: download a new letter, answer it with a PDF,
/// find it in "Archivio lettere con risposta", replace the answer once (a second time is refused),
/// and send a .zip whose entry is wrongly named.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnswerUploadTests(BrowserFixture browser, AzuriteProcess azurite)
{
    private const string NameMismatch = "Il nome della risposta non corrisponde con la lettera selezionata.";
    private const string AlreadyReplaced = "È già stata caricata una risposta ulteriore per questa lettera: non è possibile sostituirla di nuovo.";

    /// <summary>The server processes the file after the 202: the outcome may take a few polls.</summary>
    internal static readonly LocatorAssertionsToHaveAttributeOptions Processing = new() { Timeout = 30_000 };

    [Fact]
    public async Task Operator_answers_a_letter_finds_it_in_the_archive_replaces_the_answer_and_sees_a_zip_entry_refused()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        await DemoSignIn.SignInAsync(page, host);

        // A new letter, downloaded: it moves to "Lettere scaricate da lavorare".
        await OpenAsync(page, host, "nuove-lettere", "Nuove lettere ricevute");
        var first = page.GetByTestId("letter-row").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        var letter = (await first.GetByRole(AriaRole.Rowheader).InnerTextAsync()).Trim();
        await page.RunAndWaitForDownloadAsync(() => first.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Scarica") }).ClickAsync());
        await Assertions.Expect(page.GetByTestId("section-message")).ToHaveTextAsync("Lettera scaricata.");

        // The answer: any PDF name, for the one selected letter.
        await OpenAsync(page, host, "lettere-da-lavorare", "Lettere scaricate da lavorare");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Upload lettere lavorate" })).ToBeVisibleAsync();
        await page.GetByLabel("Cerca:").FillAsync(letter);
        await Assertions.Expect(page.GetByTestId("letter-row")).ToHaveCountAsync(1);
        await page.GetByLabel($"Seleziona {letter}", new() { Exact = true }).CheckAsync();
        await UploadAsync(page, Pdf("mia risposta.pdf", letter), "Upload risposta");
        await Assertions.Expect(page.GetByTestId("upload-outcome")).ToHaveAttributeAsync("data-status", "accepted", Processing);
        await Assertions.Expect(page.GetByTestId("upload-result")).ToHaveTextAsync($"mia risposta.pdf: risposta caricata per la lettera {letter}.");
        // Answered letters leave section 2.
        await Assertions.Expect(page.GetByTestId("empty")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Lettere scaricate da lavorare, dopo l'upload");

        // Section 5: the answer, renamed R-…, with who sent it; its PDF downloads under that name.
        var answer = "R-" + letter[2..];
        await OpenAsync(page, host, "archivio", "Archivio lettere con risposta");
        // The demo's own answered letters are there too (README).
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "L-P-26-9000010_01.PDF", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "L-P-26-9000011_01.PDF", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Cerca:").FillAsync(letter);
        var row = page.GetByTestId("letter-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(letter);
        await Assertions.Expect(row).ToContainTextAsync(DemoOperator.Username);
        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(answer)) }).ClickAsync());
        Assert.Equal(answer, download.SuggestedFilename);
        var headers = await page.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync();
        Assert.Contains(headers, h => h.Contains("Utente Risposta"));
        Assert.Contains(headers, h => h.Contains("Data Risposta"));
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Archivio lettere con risposta");

        // One further answer within 72 hours replaces the first; a second one is refused.
        await page.GetByLabel($"Seleziona {letter}", new() { Exact = true }).CheckAsync();
        await UploadAsync(page, Pdf("correzione.pdf", letter), "Upload risposta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Conferma la sostituzione" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("upload-outcome")).ToHaveAttributeAsync("data-status", "accepted", Processing);
        await page.GetByLabel($"Seleziona {letter}", new() { Exact = true }).CheckAsync();
        await UploadAsync(page, Pdf("seconda correzione.pdf", letter), "Upload risposta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Conferma la sostituzione" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("upload-outcome")).ToHaveAttributeAsync("data-status", "rejected", Processing);
        await Assertions.Expect(page.GetByTestId("upload-result")).ToHaveTextAsync($"seconda correzione.pdf: {AlreadyReplaced}");

        // A .zip whose entry is not R- + the selected letter's name: refused with the manual's words.
        await OpenAsync(page, host, "lettere-da-lavorare", "Lettere scaricate da lavorare");
        var toWork = page.GetByTestId("letter-row").First;
        await Assertions.Expect(toWork).ToBeVisibleAsync();
        var other = (await toWork.GetByRole(AriaRole.Rowheader).InnerTextAsync()).Trim();
        await page.GetByLabel($"Seleziona {other}", new() { Exact = true }).CheckAsync();
        await UploadAsync(page, Zip("risposte.zip", ("R-P-26-1234567_01.PDF", PdfTextWriter.Lines("Risposta con il nome sbagliato"))), "Upload multiplo (.zip)");
        await Assertions.Expect(page.GetByTestId("upload-outcome")).ToHaveAttributeAsync("data-status", "rejected", Processing);
        await Assertions.Expect(page.GetByTestId("upload-result")).ToHaveTextAsync($"R-P-26-1234567_01.PDF: {NameMismatch}");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = other, Exact = true })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Lettere scaricate da lavorare, .zip rifiutato");
        await page.CloseAsync();
    }

    internal static async Task OpenAsync(IPage page, PortaleHost host, string path, string title)
    {
        await page.GotoAsync(new Uri(host.Address, $"/area/{DemoLetters.Energy}/{path}").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    internal static async Task UploadAsync(IPage page, FilePayload file, string button)
    {
        await page.GetByLabel(new Regex("^File della risposta")).SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
    }

    internal static FilePayload Pdf(string name, string letter) => new()
    {
        Name = name,
        MimeType = "application/pdf",
        Buffer = PdfTextWriter.Lines($"Risposta alla lettera {letter}", "Documento di prova del test automatico."),
    };

    private static FilePayload Zip(string name, params (string Entry, byte[] Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entry, content) in entries)
            {
                using var stream = zip.CreateEntry(entry).Open();
                stream.Write(content);
            }
        }
        return new FilePayload { Name = name, MimeType = "application/zip", Buffer = buffer.ToArray() };
    }
}
