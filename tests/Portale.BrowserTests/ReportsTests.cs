using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>Manual 6.9: the demo operator opens "Report" from the area and downloads the letters to work as Excel.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportsTests(BrowserFixture browser, AzuriteProcess azurite)
{
    [Fact]
    public async Task Operator_downloads_the_to_work_report_as_an_xlsx_named_for_the_report_company_and_day()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });

        await DemoSignIn.SignInAsync(page, host);
        await page.GetByLabel("Società per cui si opera").SelectOptionAsync(DemoLetters.Energy);
        await page.GetByTestId("tile-reports").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Report", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Report disponibili" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(7);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"/area/{DemoLetters.Energy}/report");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Scarica (.xlsx) Report lettere scaricate da lavorare" }).ClickAsync());

        Assert.Matches(new Regex($@"^Report_lettere_scaricate_da_lavorare_{DemoLetters.Energy}_20\d{{6}}\.xlsx$"), download.SuggestedFilename);
        await Assertions.Expect(page.GetByTestId("report-message")).ToContainTextAsync("Report lettere scaricate da lavorare scaricato");
        var path = await download.PathAsync();
        // Playwright keeps the download under a name without extension: open the bytes.
        using (var workbook = new XLWorkbook(new MemoryStream(await File.ReadAllBytesAsync(path))))
        {
            var sheet = workbook.Worksheet(1);
            Assert.Equal("Lettera", sheet.Cell(1, 1).GetString());
            Assert.Equal("Giorni a scadenza risposta", sheet.Cell(1, 17).GetString());
            // The demo company has letters to answer.
            Assert.True(sheet.LastRowUsed()!.RowNumber() >= 2);
            Assert.StartsWith("L-", sheet.Cell(2, 1).GetString());
        }
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Report scaricato");
        await page.CloseAsync();
    }
}
