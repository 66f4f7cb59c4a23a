using System.Text.Json;
using Microsoft.Playwright;
using Portale.Adapters.Documents;
using Portale.BrowserTests.Visual;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>
/// "Ricevuta" (issue 16): after sending a communication the operator downloads its signed receipt from the row,
/// as JSON (the JWS and what it says, for scripts/verify-receipt.mjs) and as PDF, at a desktop's and a phone's
/// size; the screen is shot and checked (no sideways scroll, every button drawn and reachable).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReceiptDownloadTests(BrowserFixture browser)
{
    public static TheoryData<int, int> Sizes => new() { { 1280, 900 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Operator_downloads_the_receipt_of_a_communication_as_json_and_pdf(int width, int height)
    {
        // An Azurite of its own: the communication sent here would be first in the lists the other tests read.
        var own = new AzuriteProcess();
        await own.InitializeAsync();
        try
        {
            await DownloadsReceiptsAsync(own, width, height);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    private async Task DownloadsReceiptsAsync(AzuriteProcess own, int width, int height)
    {
        await using var host = await PortaleHost.StartAsync(own, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 768,
            HasTouch = width < 768,
            AcceptDownloads = true,
        });
        await DemoSignIn.SignInAsync(page, host);
        await page.GotoAsync(new Uri(host.Address, $"/area/{DemoLetters.Energy}/comunicazioni-libere").ToString());
        await page.GetByLabel("Etichetta *").FillAsync("Ricevuta");
        await page.GetByLabel("File (.PDF) *").SetInputFilesAsync(new FilePayload
        {
            Name = "nota-ricevuta.pdf", MimeType = "application/pdf", Buffer = PdfTextWriter.Lines("Nota con ricevuta"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("comm-outcome")).ToHaveAttributeAsync("data-status", "accepted", new() { Timeout = 30_000 });
        var row = page.GetByTestId("communication-row").Filter(new() { HasText = "nota-ricevuta.pdf" });
        await Assertions.Expect(row).ToHaveCountAsync(1);

        var json = await page.RunAndWaitForDownloadAsync(() =>
            row.GetByRole(AriaRole.Button, new() { Name = "JSON della ricevuta di nota-ricevuta.pdf" }).ClickAsync());
        using (var receipt = JsonDocument.Parse(await File.ReadAllTextAsync(await json.PathAsync())))
        {
            Assert.Equal("nota-ricevuta.pdf", receipt.RootElement.GetProperty("receipt").GetProperty("file").GetString());
            Assert.Equal(3, receipt.RootElement.GetProperty("jws").GetString()!.Split('.').Length);
            Assert.Equal($"ricevuta-{receipt.RootElement.GetProperty("receiptId").GetString()}.json", json.SuggestedFilename);
        }
        var pdf = await page.RunAndWaitForDownloadAsync(() =>
            row.GetByRole(AriaRole.Button, new() { Name = "PDF della ricevuta di nota-ricevuta.pdf" }).ClickAsync());
        Assert.Equal(json.SuggestedFilename.Replace(".json", ".pdf"), pdf.SuggestedFilename);
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync(await pdf.PathAsync()));

        var problems = await ScreenCheck.RunAsync(page, "comunicazioni-libere-ricevuta");
        Assert.Empty(problems);
        await page.CloseAsync();
    }
}
