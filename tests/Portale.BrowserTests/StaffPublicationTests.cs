using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portale.Adapters.Documents;
using Portale.Core.Time;
using Portale.Functions.Publication;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>
/// Issue 15's back office in Chromium: stages a letter (refused first, nothing lost), the nightly loading
/// publishes it, the demo operator downloads and answers it, the back office sees the answer on the
/// company's page and downloads it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffPublicationTests(BrowserFixture browser, AzuriteProcess azurite)
{
    private const string Company = "Energia Demo S.p.A. (" + DemoLetters.Energy + ")";

    [Fact]
    public async Task The_back_office_stages_a_letter_the_operator_answers_it_and_the_back_office_downloads_the_answer()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var staff = await browser.Browser.NewPageAsync(new() { AcceptDownloads = true });
        await StaffSignIn.SignInAsync(staff, host, "Bruno Back office", "Back office");
        await StaffSignIn.Menu(staff, "Pubblicazione di lettere e solleciti").ClickAsync();
        var letter = $"L-P-26-{Random.Shared.Next(1_000_000, 9_000_000):D7}_01.PDF";

        // Only the PDF: each missing field says so under itself, and the PDF stays chosen.
        await staff.GetByLabel("PDF della lettera *").SetInputFilesAsync(new FilePayload
        {
            Name = letter, MimeType = "application/pdf", Buffer = PdfTextWriter.Lines($"Lettera {letter}"),
        });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Prepara la lettera" }).ClickAsync();
        await Assertions.Expect(staff.Locator("#letter-to-error")).ToContainTextAsync("società destinataria");
        await Assertions.Expect(staff.Locator("#letter-caseId-error")).ToContainTextAsync("ID Caso");
        await Accessibility.AssertNoSeriousViolationsAsync(staff, "/sportello/pubblicazione (refused)");

        await staff.GetByLabel("Società destinataria (TO) *").SelectOptionAsync(new SelectOptionValue { Label = Company });
        foreach (var (label, value) in new[]
        {
            ("ID Caso *", "C-4711"), ("Tipo Pratica *", "Reclamo"), ("Utenza *", "POD IT001E0000001"),
            ("Argomento *", "Fatturazione"), ("Sub Argomento *", "Conguaglio"),
            ("Denominazione Cliente *", "Esposito Carla"), ("Indirizzo Fornitura *", "Via Toledo 5, Napoli"),
        })
        {
            await staff.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        }
        await staff.GetByLabel("Tipo Servizio *").SelectOptionAsync(new SelectOptionValue { Label = "Elettrico" });
        await staff.GetByRole(AriaRole.Button, new() { Name = "Prepara la lettera" }).ClickAsync();
        await Assertions.Expect(staff.GetByTestId("letter-staged")).ToContainTextAsync(letter);
        await Accessibility.AssertNoSeriousViolationsAsync(staff, "/sportello/pubblicazione");
        await StaffSignIn.Menu(staff, "Lettere in pubblicazione").ClickAsync();
        await Assertions.Expect(staff.GetByTestId("staged-table").Filter(new() { HasText = letter })).ToBeVisibleAsync();

        await RunTheNightlyLoadingAsync(host);

        // The operator: a new letter, downloaded, answered.
        var operatorPage = await browser.Browser.NewPageAsync(new() { AcceptDownloads = true });
        await DemoSignIn.SignInAsync(operatorPage, host);
        await AnswerUploadTests.OpenAsync(operatorPage, host, "nuove-lettere", "Nuove lettere ricevute");
        await operatorPage.GetByLabel("Cerca:").FillAsync(letter);
        var row = operatorPage.GetByTestId("letter-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("Esposito Carla");
        await operatorPage.RunAndWaitForDownloadAsync(
            () => row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Scarica") }).ClickAsync());
        await AnswerUploadTests.OpenAsync(operatorPage, host, "lettere-da-lavorare", "Lettere scaricate da lavorare");
        await operatorPage.GetByLabel("Cerca:").FillAsync(letter);
        await operatorPage.GetByLabel($"Seleziona {letter}", new() { Exact = true }).CheckAsync();
        await AnswerUploadTests.UploadAsync(operatorPage, AnswerUploadTests.Pdf("risposta.pdf", letter), "Upload risposta");
        await Assertions.Expect(operatorPage.GetByTestId("upload-outcome"))
            .ToHaveAttributeAsync("data-status", "accepted", AnswerUploadTests.Processing);

        // The back office: the answer on the company's page, downloaded under its name.
        var answer = "R-" + letter[2..];
        await staff.GotoAsync(new Uri(host.Address, $"/sportello/societa/{DemoLetters.Energy}").ToString());
        await staff.GetByLabel("Sezione").SelectOptionAsync(new SelectOptionValue { Label = "Archivio lettere con risposta" });
        await staff.GetByLabel("Cerca", new() { Exact = true }).FillAsync(letter);
        var answered = staff.GetByTestId("company-letters").Filter(new() { HasText = letter });
        await Assertions.Expect(answered).ToContainTextAsync(DemoOperator.Username);
        var download = await staff.RunAndWaitForDownloadAsync(() => answered
            .GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^" + Regex.Escape(answer)) }).ClickAsync());
        Assert.Equal(answer, download.SuggestedFilename);
        await Accessibility.AssertNoSeriousViolationsAsync(staff, $"/sportello/societa/{DemoLetters.Energy}");
    }

    /// <summary>
    /// Tonight's loading, run now as the Functions host's admin API would, at 01:05 of the business day (nobody
    /// else in the browser tests runs it); then the clock is back where the test hosts keep it.
    /// </summary>
    private static async Task RunTheNightlyLoadingAsync(PortaleHost host)
    {
        var day = RomeTime.DateOf(TestClock.Now());
        await host.SetClockAsync(RomeTime.At(day, new TimeOnly(1, 5)));
        using (var run = await host.Client.PostAsync($"/admin/functions/{PublicationFunctions.NightlyLoading}", null))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, run.StatusCode);
        }
        await host.SetClockAsync(TestClock.Now());
    }
}
