using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>The demo operator's morning: sign in with the OTP, download a new letter, find it to work, sign out.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OperatorAreaTests(BrowserFixture browser, AzuriteProcess azurite)
{
    [Fact]
    public async Task Operator_signs_in_downloads_a_new_letter_and_finds_it_in_to_work()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });

        await DemoSignIn.SignInAsync(page, host);
        await Assertions.Expect(page.GetByTestId("welcome")).ToContainTextAsync("Benvenuto/a");
        await page.GetByLabel("Società per cui si opera").SelectOptionAsync(DemoLetters.Energy);
        await page.GetByTestId("tile-new").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nuove lettere ricevute", Level = 1 })).ToBeVisibleAsync();
        var rows = page.GetByTestId("letter-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("range")).ToContainTextAsync("Vista da 1 a");
        var letter = (await rows.First.GetByRole(AriaRole.Rowheader).InnerTextAsync()).Trim();

        await rows.First.GetByRole(AriaRole.Checkbox).CheckAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"Scarica selezionate \(\.zip\)") }).ClickAsync());
        Assert.EndsWith(".zip", download.SuggestedFilename);
        await Assertions.Expect(page.GetByTestId("section-message")).ToHaveTextAsync("Lettera scaricata.");
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = letter, Exact = true })).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(host.Address, $"/area/{DemoLetters.Energy}/lettere-da-lavorare").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lettere scaricate da lavorare", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Cerca:").FillAsync(letter);
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = letter, Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Esci" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(host.Address.ToString());
        await page.GotoAsync(new Uri(host.Address, "/area").ToString());
        await Assertions.Expect(page.GetByTestId("session-expired")).ToHaveTextAsync("La sessione è scaduta: è necessario accedere di nuovo.");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Operator_area_and_section_page_have_no_serious_accessibility_violations()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync();
        await DemoSignIn.SignInAsync(page, host, checkOtpPage: true);
        foreach (var path in new[] { $"/area/{DemoLetters.Energy}", $"/area/{DemoLetters.Energy}/lettere-da-lavorare" })
        {
            await page.GotoAsync(new Uri(host.Address, path).ToString());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.GetByTestId("welcome")).ToContainTextAsync("Benvenuto/a");
            await Accessibility.AssertNoSeriousViolationsAsync(page, path);
        }

        await page.GetByTestId("letter-row").First.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Dettaglio") }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Nota")).ToBeVisibleAsync();
        // Contrast is measured once the modal has faded in, as the person sees it.
        await page.WaitForFunctionAsync("() => { const m = document.querySelector('.modal.show'); return m !== null && getComputedStyle(m).opacity === '1'; }");
        await page.WaitForTimeoutAsync(400);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Dettaglio lettera");
        await page.CloseAsync();
    }
}
