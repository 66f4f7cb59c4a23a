using System.Text.Json;
using Microsoft.Playwright;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.BrowserTests.Visual;

/// <summary>
/// What a person sees of one screen at one window size (issue #10, item 7): a full-page screenshot in
/// <c>.test-results/screens/</c>, no sideways scroll of the page, every interactive control drawn, at least
/// 16×16 px, in view and not covered once scrolled to (screen-audit.js), and every checkbox or radio
/// visibly changing when its drawing is clicked (the pixels of its area before and after).
/// </summary>
public static class ScreenCheck
{
    public const int MinSize = 16;

    /// <summary>Boxes ticked per screen: the first few tell whether the list's boxes are drawn.</summary>
    private const int TicksPerScreen = 3;

    private static readonly string Script = ReadScript();

    public static string ScreensFolder { get; } = Path.Combine(RepositoryRoot.Path, ".test-results", "screens");

    /// <summary>The problems of the page as it is now, each prefixed with <paramref name="screen"/> and the size.</summary>
    public static async Task<List<string>> RunAsync(IPage page, string screen, string? scope = null)
    {
        var size = page.ViewportSize!;
        var where = $"{screen} @{size.Width}×{size.Height}";
        // A dialog is shot as the window shows it; a page whole.
        await SaveScreenshotAsync(page, screen, fullPage: scope is null);
        var problems = new List<string>();
        var overflow = await page.EvaluateAsync<int>(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 1)
        {
            problems.Add($"the page scrolls sideways by {overflow} px");
        }
        var audit = await AuditAsync(page, scope);
        problems.AddRange(audit.Problems);
        foreach (var box in audit.Boxes.Take(TicksPerScreen))
        {
            if (await TickAsync(page, box) is { } problem)
            {
                problems.Add(problem);
            }
        }
        return [.. problems.Select(p => $"{where}: {p}")];
    }

    public static async Task SaveScreenshotAsync(IPage page, string screen, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreensFolder);
        var size = page.ViewportSize!;
        await page.EvaluateAsync("() => window.scrollTo({ left: 0, top: 0, behavior: 'instant' })");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreensFolder, $"{screen}-{size.Width}x{size.Height}.png"),
            FullPage = fullPage,
        });
    }

    /// <summary>Clicks the drawing of a checkbox or radio and compares its pixels before and after; puts it back.</summary>
    private static async Task<string?> TickAsync(IPage page, AuditBox box)
    {
        var control = page.Locator($"[data-audit-id=\"{box.Id}\"]");
        var drawing = page.Locator($"[data-audit-drawing=\"{box.Id}\"]");
        var radio = await control.GetAttributeAsync("type") == "radio";
        if (await control.IsDisabledAsync() || (radio && await control.IsCheckedAsync()))
        {
            return null;
        }
        var wasChecked = await control.IsCheckedAsync();
        var pixelsBefore = await ShotAsync(drawing);
        // Where a person clicks: the drawn box, whatever element is on top there (Force: no actionability wait).
        var click = new LocatorClickOptions { Position = new Position { X = box.X, Y = box.Y }, Force = true };
        await drawing.ClickAsync(click);
        await page.WaitForTimeoutAsync(400);
        var ticked = await control.IsCheckedAsync() != wasChecked;
        var pixelsAfter = await ShotAsync(drawing);
        if (ticked && !radio)
        {
            await drawing.ClickAsync(click);
            await page.WaitForTimeoutAsync(300);
        }
        if (!ticked)
        {
            return $"{box.Name}: clicking where it is drawn does not tick it";
        }
        return pixelsBefore.AsSpan().SequenceEqual(pixelsAfter)
            ? $"{box.Name}: ticking it changes nothing a person can see (same pixels before and after)"
            : null;
    }

    private static Task<byte[]> ShotAsync(ILocator drawing) =>
        drawing.ScreenshotAsync(new LocatorScreenshotOptions { Animations = ScreenshotAnimations.Disabled });

    /// <summary>The script's answer travels as JSON text: Playwright's own conversion does not fill records.</summary>
    private static async Task<AuditResult> AuditAsync(IPage page, string? scope)
    {
        var json = await page.EvaluateAsync<string>(
            $"arg => JSON.stringify(({Script.Trim().TrimEnd(';')})(arg))", new { scope, minSize = MinSize });
        return JsonSerializer.Deserialize<AuditResult>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static string ReadScript()
    {
        using var stream = typeof(ScreenCheck).Assembly.GetManifestResourceStream("screen-audit.js")
            ?? throw new InvalidOperationException("screen-audit.js is not embedded in the test assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
