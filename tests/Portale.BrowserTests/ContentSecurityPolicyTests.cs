using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.BrowserTests;

/// <summary>
/// The web app under the policy the host sends (the Static Web App sends the same one): the pages a
/// person goes through render with nothing refused, and Chromium keeps the <c>__Host-</c> session
/// cookie on http://127.0.0.1 (a secure context for cookies), so the local host works as it does in Azure.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser, AzuriteProcess azurite)
{
    [Fact]
    public async Task The_pages_run_under_the_policy_and_the_Host_session_cookie_is_kept_on_127_0_0_1()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: DemoSignIn.DemoSettings);
        var page = await browser.Browser.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => " +
            "console.error('Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI));");

        foreach (var path in new[] { "/", "/registrazione", "/recupero-password" })
        {
            await page.GotoAsync(new Uri(host.Address, path).ToString());
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        await DemoSignIn.SignInAsync(page, host);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "__Host-portale_session");
        Assert.True(cookie.Secure && cookie.HttpOnly);
        Assert.Equal("/", cookie.Path);
        Assert.Empty(refused);
        await page.CloseAsync();
    }
}
