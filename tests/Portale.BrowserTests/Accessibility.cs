using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portale.BrowserTests;

/// <summary>axe-core over the page as it is now: serious and critical violations fail the test.</summary>
public static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe();
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
