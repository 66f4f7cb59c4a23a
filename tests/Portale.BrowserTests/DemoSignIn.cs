using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;
using Portale.LocalHost.Demo;

namespace Portale.BrowserTests;

/// <summary>The demo operator's sign-in as a person does it, and the host settings it needs.</summary>
public static class DemoSignIn
{
    /// <summary>
    /// Demo data, with the business clock at the browser's "now" (a fixed past date would give an
    /// already expired session cookie); only the nightly loading window (01:00–03:00 Rome, when the
    /// API answers 503) is stepped over, to 10:00 that morning.
    /// </summary>
    public static Dictionary<string, string> DemoSettings
    {
        get
        {
            var rome = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome"));
            var now = rome.Hour < 4 ? new DateTimeOffset(rome.Date.AddHours(10), rome.Offset) : rome;
            return new() { ["Portale:Demo:Seed"] = "true", ["Portale:Clock:Now"] = now.ToString("o") };
        }
    }

    /// <summary>Login form, then the OTP read from the development outbox, as the person would read the SMS.</summary>
    public static async Task SignInAsync(IPage page, PortaleHost host, bool checkOtpPage = false)
    {
        await page.GotoAsync(new Uri(host.Address, "/accedi").ToString());
        await page.GetByLabel("Username *").FillAsync(DemoOperator.Username);
        await page.GetByLabel("Password *").FillAsync(DemoOperator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi", Exact = true }).ClickAsync();
        var otp = page.GetByLabel("Inserire l'OTP *");
        await Assertions.Expect(otp).ToBeVisibleAsync();
        if (checkOtpPage)
        {
            await Accessibility.AssertNoSeriousViolationsAsync(page, "/accedi/otp");
        }
        await otp.FillAsync(await Outbox.LatestCodeAsync(host.Client, DemoOperator.Mobile));
        await page.GetByRole(AriaRole.Button, new() { Name = "Prosegui" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/area"));
    }
}
