using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portale.Core.Notices;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture browser, AzuriteProcess azurite)
{
    [Fact]
    public async Task Home_shows_the_portal_and_the_current_notices()
    {
        await using var host = await PortaleHost.StartAsync(azurite,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-03-10T10:00:00+01:00" });
        var title = $"Intervento programmato {Guid.NewGuid():N}"[..32];
        await host.Services.GetRequiredService<INoticeStore>().SaveAsync(new Notice(
            Guid.NewGuid().ToString("N"), NoticeKind.PlannedIntervention, title, "Il portale non sarà disponibile.",
            DateTimeOffset.Parse("2026-03-09T12:00:00+01:00"), DateTimeOffset.Parse("2026-03-15T08:00:00+01:00"),
            DateTimeOffset.Parse("2026-03-15T12:00:00+01:00")), CancellationToken.None);
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(host.Address.ToString());

        await Assertions.Expect(page.GetByText(title)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("15/03/2026 08:00").First).ToBeVisibleAsync();
        Assert.Equal("it", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.GetByTestId("maintenance-banner")).ToHaveCountAsync(0);
        await page.CloseAsync();
    }

    [Fact]
    public async Task During_the_loading_window_the_home_shows_the_maintenance_banner()
    {
        await using var host = await PortaleHost.StartAsync(azurite,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-03-10T01:30:00+01:00" });
        var page = await browser.Browser.NewPageAsync();

        await page.GotoAsync(host.Address.ToString());

        var banner = page.GetByTestId("maintenance-banner");
        await Assertions.Expect(banner).ToBeVisibleAsync();
        await Assertions.Expect(banner).ToContainTextAsync("Portale in manutenzione");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Home_and_sign_in_pages_have_no_serious_accessibility_violations()
    {
        await using var host = await PortaleHost.StartAsync(azurite,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-03-10T10:00:00+01:00" });
        var page = await browser.Browser.NewPageAsync();
        foreach (var path in new[] { "/", "/accedi" })
        {
            await page.GotoAsync(new Uri(host.Address, path).ToString());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Accessibility.AssertNoSeriousViolationsAsync(page, path);
        }
        await page.CloseAsync();
    }
}
