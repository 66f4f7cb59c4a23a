using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>The demo operator's sign-in as a person does it, and the host settings it needs.</summary>
public static class DemoSignIn
{
    /// <summary>
    /// Demo data, with the business clock at the browser's "now" (a fixed past date would give an
    /// already expired session cookie), shifted out of the nightly loading window as every test host is.
    /// </summary>
    public static Dictionary<string, string> DemoSettings =>
        new() { ["Portale:Demo:Seed"] = "true", ["Portale:Clock:Now"] = TestClock.Setting };

    /// <summary>Login form, then the OTP read from the development outbox, as the person would read the SMS.</summary>
    public static async Task SignInAsync(IPage page, PortaleHost host, bool checkOtpPage = false)
    {
        await page.GotoAsync(new Uri(host.Address, "/accedi").ToString());
        // The code of an earlier sign-in may still be the newest SMS when this one's is not yet written.
        var earlier = (await Outbox.ForAsync(host.Client, DemoOperator.Mobile)).FirstOrDefault();
        await page.GetByLabel("Username *").FillAsync(DemoOperator.Username);
        await page.GetByLabel("Password *").FillAsync(DemoOperator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        var otp = page.GetByLabel("Inserire l'OTP *");
        await Assertions.Expect(otp).ToBeVisibleAsync();
        if (checkOtpPage)
        {
            await Accessibility.AssertNoSeriousViolationsAsync(page, "/accedi/otp");
        }
        for (var wait = 0; wait < 50 && (await Outbox.ForAsync(host.Client, DemoOperator.Mobile)).FirstOrDefault() == earlier; wait++)
        {
            await Task.Delay(200);
        }
        await otp.FillAsync(await Outbox.LatestCodeAsync(host.Client, DemoOperator.Mobile));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prosegui" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/area"));
    }
}
