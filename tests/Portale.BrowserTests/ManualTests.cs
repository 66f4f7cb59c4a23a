using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;
using UglyToad.PdfPig;
using UglyToad.PdfPig.AcroForms;

namespace Portale.BrowserTests;

/// <summary>
/// Manual 6.10: the demo operator opens "Manuale e Moduli" from the area, reads the manual as HTML and downloads
/// the manual's PDF (a PDF with its text) and the enablement request form (a PDF with fillable fields).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ManualTests(BrowserFixture browser, AzuriteProcess azurite)
{
    [Fact]
    public async Task Operator_reads_the_manual_and_downloads_it_and_the_form_as_PDFs()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });

        await DemoSignIn.SignInAsync(page, host);
        await page.GetByLabel("Società per cui si opera").SelectOptionAsync(DemoLetters.Energy);
        await page.GetByTestId("tile-manual").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Manuale e Moduli", Level = 1 })).ToBeVisibleAsync();
        var manual = page.GetByRole(AriaRole.Article, new() { Name = "Manuale del Portale Operatori-Gestori" });
        await Assertions.Expect(manual.GetByRole(AriaRole.Heading, new() { Name = "4.10 Manuale e Moduli" })).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"/area/{DemoLetters.Energy}/manuale-e-moduli");

        var manualPdf = await DownloadAsync(page, "Scarica il manuale (PDF)");
        Assert.Equal("manuale-portale-operatori-gestori.pdf", manualPdf.Name);
        using (var document = PdfDocument.Open(manualPdf.Bytes))
        {
            var text = string.Join(' ', document.GetPages().Select(p => p.Text));
            Assert.Contains("Manuale del Portale Operatori-Gestori", text);
            Assert.Contains("Giorni a scadenza risposta", text);
        }

        var form = await DownloadAsync(page, "Scarica il modulo di richiesta abilitazione/disabilitazione referenti (PDF compilabile)");
        Assert.Equal("modulo-abilitazione-referenti.pdf", form.Name);
        using (var document = PdfDocument.Open(form.Bytes))
        {
            Assert.Contains("Modulo di richiesta abilitazione/disabilitazione referenti", document.GetPage(1).Text);
            Assert.True(document.TryGetForm(out AcroForm acroForm));
            var names = acroForm.GetFields().Select(f => f.Information.PartialName).ToList();
            Assert.Contains("referente_codice_fiscale", names);
            Assert.Contains("richiesta_abilitazione", names);
            Assert.Contains("firma", names);
        }
        await page.CloseAsync();
    }

    [Fact]
    public async Task Registration_links_the_Informativa_Privacy_and_the_OTP_page_the_FAQ()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.Address, "/registrazione").ToString());
        var popup = await page.RunAndWaitForPopupAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Informativa Privacy" }).First.ClickAsync());
        await Assertions.Expect(popup.GetByRole(AriaRole.Heading, new() { Name = "Informativa Privacy", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(popup.GetByRole(AriaRole.Article)).ToContainTextAsync("art. 13 del Regolamento (UE) 2016/679");
        await Accessibility.AssertNoSeriousViolationsAsync(popup, "/informativa-privacy");

        await page.GotoAsync(new Uri(host.Address, "/accedi").ToString());
        await page.GetByLabel("Username *").FillAsync(DemoOperator.Username);
        await page.GetByLabel("Password *").FillAsync(DemoOperator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Inserire l'OTP *")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hai bisogno di assistenza tecnica per il codice OTP?" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Codice OTP", Level = 2 })).ToBeInViewportAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "/faq");
        await page.CloseAsync();
    }

    private static async Task<(string Name, byte[] Bytes)> DownloadAsync(IPage page, string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(await download.PathAsync()));
    }
}
