using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portale.Adapters.Documents;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>
/// Sections 4, 6 and 7 as the demo operator uses them (manual 6.4, 6.6, 6.7, ch. 7): download a
/// sollecito, send a free communication and see it accepted and listed, have a TIRV rejection refused
/// for its name in the browser and for its content by the server, and find that refusal in Invii falliti.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CommunicationsTests(BrowserFixture browser, AzuriteProcess azurite)
{
    private const string TirvNameInvalid =
        "Il nome del file non rispetta il formato RIGETTO_TIRV: dopo RIGETTO_TIRV sono ammessi al massimo 10 caratteri, spazi ed estensione .PDF inclusi.";

    [Fact]
    public async Task Operator_downloads_a_sollecito_sends_communications_and_reads_the_failed_ones()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        await DemoSignIn.SignInAsync(page, host);
        await page.GetByLabel("Società per cui si opera").SelectOptionAsync(DemoLetters.Energy);

        // 6.4: the tile counts the solleciti not downloaded yet; downloading one records who did it.
        await Assertions.Expect(page.GetByTestId("tile-reminders")).ToContainTextAsync(new Regex(@"\d+ solleciti"));
        await page.GetByTestId("tile-reminders").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nuovi solleciti ricevuti", Level = 1 })).ToBeVisibleAsync();
        var row = page.GetByTestId("reminder-row").Filter(new() { HasText = "S-P-26-9000006_01.PDF" });
        await Assertions.Expect(row).ToContainTextAsync("L-P-26-9000006_01.PDF");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            row.GetByRole(AriaRole.Button, new() { Name = "Scarica S-P-26-9000006_01.PDF" }).ClickAsync());
        Assert.Equal("S-P-26-9000006_01.PDF", download.SuggestedFilename);
        await Assertions.Expect(page.GetByTestId("section-message")).ToHaveTextAsync("Sollecito S-P-26-9000006_01.PDF scaricato.");
        await Assertions.Expect(row).ToContainTextAsync(DemoOperator.UserId);

        // 6.6: a free communication, accepted by the server and listed newest first.
        await page.GotoAsync(new Uri(host.Address, $"/area/{DemoLetters.Energy}/comunicazioni-libere").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Comunicazioni libere", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "integrazione-9000005.pdf" })).ToBeVisibleAsync();
        await page.GetByLabel("Etichetta *").FillAsync("Prova browser");
        await page.GetByLabel("File (.PDF) *").SetInputFilesAsync(Pdf("comunicazione-browser.pdf", PdfTextWriter.Lines("Comunicazione di prova")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
        var outcome = page.GetByTestId("comm-outcome");
        await Assertions.Expect(outcome).ToHaveAttributeAsync("data-status", "accepted", new() { Timeout = 30_000 });
        await Assertions.Expect(outcome).ToHaveTextAsync("Comunicazione inviata: il file 'comunicazione-browser.pdf' è stato accettato.");
        await Assertions.Expect(page.GetByTestId("communication-row").First).ToContainTextAsync("comunicazione-browser.pdf");
        await Assertions.Expect(page.GetByTestId("communication-row").First).ToContainTextAsync("Prova browser");

        // Ch. 7: a TIRV rejection with a wrong name is stopped in the browser, in the API's words.
        // The label is what a person clicks: bootstrap-italia draws the radio on it.
        await page.GetByRole(AriaRole.Group, new() { Name = "Tipo di comunicazione" }).GetByText("Rigetto TIRV", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Rigetto TIRV")).ToBeCheckedAsync();
        await page.GetByLabel("File (.PDF) *").SetInputFilesAsync(Pdf("rigetto cliente.pdf", PdfTextWriter.Lines("Rigetto")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
        await Assertions.Expect(page.GetByText(TirvNameInvalid)).ToBeVisibleAsync();

        // A well-named one that is not a PDF is refused by the server after processing, with its reason.
        await page.GetByLabel("File (.PDF) *").SetInputFilesAsync(Pdf("RIGETTO_TIRV 99.pdf", Encoding.UTF8.GetBytes("non un PDF")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
        await Assertions.Expect(outcome).ToHaveAttributeAsync("data-status", "rejected", new() { Timeout = 30_000 });
        await Assertions.Expect(outcome).ToContainTextAsync("Il formato del file 'RIGETTO_TIRV 99.pdf' non è valido");

        // 6.7: the refusal is in Invii falliti, beside the demo's own.
        await outcome.GetByRole(AriaRole.Link, new() { Name = "Invii falliti" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Invii falliti", Level = 1 })).ToBeVisibleAsync();
        var failed = page.GetByTestId("failed-row").First;
        await Assertions.Expect(failed.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync("RIGETTO_TIRV 99.pdf");
        await Assertions.Expect(failed).ToContainTextAsync("Il formato del file 'RIGETTO_TIRV 99.pdf' non è valido");
        await Assertions.Expect(failed).ToContainTextAsync(DemoOperator.UserId);
        await Assertions.Expect(page.GetByTestId("failed-row").Filter(new() { HasText = "allegati.pdf" })).ToHaveCountAsync(1);
        await page.CloseAsync();
    }

    /// <summary>Fig. 9: Tipo servizio, sorting and the .zip of the checked solleciti, as in the letter lists.</summary>
    [Fact]
    public async Task Operator_filters_sorts_and_downloads_solleciti_together_in_a_zip()
    {
        // An Azurite of its own: downloading both demo solleciti would empty the badge the other tests count.
        var own = new AzuriteProcess();
        await own.InitializeAsync();
        try
        {
            await FiltersSortsAndZipsAsync(own);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    private async Task FiltersSortsAndZipsAsync(AzuriteProcess own)
    {
        await using var host = await PortaleHost.StartAsync(own, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        await DemoSignIn.SignInAsync(page, host);
        await page.GotoAsync(new Uri(host.Address, $"/area/{DemoLetters.Energy}/solleciti").ToString());
        var names = page.GetByTestId("reminder-row").GetByRole(AriaRole.Rowheader);
        await Assertions.Expect(names).ToHaveTextAsync(["S-P-26-9000006_01.PDF", "S-P-26-9000007_01.PDF"]);

        // The sollecito of the gas letter only; then every type again, sorted by Denominazione Cliente descending.
        await page.GetByLabel("Tipo servizio").SelectOptionAsync("gas");
        await Assertions.Expect(names).ToHaveTextAsync(["S-P-26-9000006_01.PDF"]);
        await page.GetByLabel("Tipo servizio").SelectOptionAsync("");
        var customer = page.GetByRole(AriaRole.Columnheader, new() { NameRegex = new Regex("^Denominazione Cliente") });
        await customer.GetByRole(AriaRole.Button).ClickAsync();
        await customer.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(customer).ToHaveAttributeAsync("aria-sort", "descending");
        await Assertions.Expect(names).ToHaveTextAsync(["S-P-26-9000007_01.PDF", "S-P-26-9000006_01.PDF"]);

        // The page's box, then one .zip with both PDFs; each first download is recorded.
        await page.GetByLabel("Seleziona tutti i solleciti della pagina", new() { Exact = true }).CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Scarica selezionate (.zip) · 2" }).ClickAsync());
        Assert.StartsWith($"solleciti-{DemoLetters.Energy}-", download.SuggestedFilename);
        using (var zip = new System.IO.Compression.ZipArchive(File.OpenRead(await download.PathAsync())))
        {
            Assert.Equal(["S-P-26-9000006_01.PDF", "S-P-26-9000007_01.PDF"], zip.Entries.Select(e => e.FullName).Order());
        }
        await Assertions.Expect(page.GetByTestId("section-message")).ToHaveTextAsync("2 solleciti scaricati.");
        await Assertions.Expect(page.GetByTestId("reminder-row").Filter(new() { HasText = DemoOperator.UserId })).ToHaveCountAsync(2);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Reminders_communications_and_failed_uploads_pages_have_no_serious_accessibility_violations()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync();
        await DemoSignIn.SignInAsync(page, host);
        foreach (var (path, rowId) in new[] { ("solleciti", "reminder-row"), ("comunicazioni-libere", "communication-row"), ("invii-falliti", "failed-row") })
        {
            var url = $"/area/{DemoLetters.Energy}/{path}";
            await page.GotoAsync(new Uri(host.Address, url).ToString());
            await Assertions.Expect(page.GetByTestId(rowId).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Accessibility.AssertNoSeriousViolationsAsync(page, url);
        }

        // The form with its errors shown, as a person who sent it empty sees it.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Percorso di navigazione" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByTestId("tile-communications")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"/area/{DemoLetters.Energy}");
        await page.GetByTestId("tile-communications").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
        await Assertions.Expect(page.GetByText("L'etichetta della comunicazione è obbligatoria.")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Comunicazioni libere, errori del modulo");
        await page.CloseAsync();
    }

    private static FilePayload Pdf(string name, byte[] content) => new() { Name = name, MimeType = "application/pdf", Buffer = content };
}
