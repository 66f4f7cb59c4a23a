using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.BrowserTests;

/// <summary>The staff console's development sign-in as a person of the Sportello does it locally.</summary>
public static class StaffSignIn
{
    /// <summary>The console, "Accesso di sviluppo", a name and the roles ticked by their Italian names.</summary>
    public static async Task SignInAsync(IPage page, PortaleHost host, string name, params string[] roles)
    {
        await page.GotoAsync(new Uri(host.Address, "/sportello").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Accesso di sviluppo" }).ClickAsync();
        await page.GetByLabel("Nome *").FillAsync(name);
        foreach (var role in roles)
        {
            // bootstrap-italia draws the box on the label, which takes the click as a person's would.
            await page.Locator("label").GetByText(role, new() { Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByLabel(role, new() { Exact = true })).ToBeCheckedAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("staff-who")).ToContainTextAsync(name);
    }

    /// <summary>A link of the console's menu, by its title.</summary>
    public static ILocator Menu(IPage page, string title) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Funzioni della console" })
            .GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
}
