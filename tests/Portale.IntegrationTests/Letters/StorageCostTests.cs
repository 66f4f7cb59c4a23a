using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Letters;

/// <summary>
/// What the design costs in storage, counted by the SDK pipeline (<see cref="StorageCostMeter"/>): the
/// operator actions that must not grow with the company read exactly as much for 4,000 letters as for 200.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageCostTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task The_default_section_pages_the_badges_and_the_details_read_as_much_for_4000_letters_as_for_200()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: new Dictionary<string, string> { ["Portale:Storage:CostMeter"] = "true" });
        var meter = host.Services.GetRequiredService<StorageClients>().CostMeter!;
        var (small, large) = (LetterScenario.NewCompanyId("cost"), LetterScenario.NewCompanyId("cost"));
        var yesterday = TestClock.Now().AddDays(-1);
        await SeededLetters.PublishAsync(host, SeededLetters.Of(small, 200, yesterday));
        await SeededLetters.PublishAsync(host, SeededLetters.Of(large, 4_000, yesterday));
        using var user = await host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], small, large);
        string[] actions =
        [
            "letters?section=new", "letters?section=to-work&pageSize=50", "letters?section=new&serviceType=gas",
            "badges", "letters/L-P-26-0000001_01.PDF",
        ];

        foreach (var action in actions)
        {
            var before = await CostAsync(meter, user, small, action);
            var grown = await CostAsync(meter, user, large, action);
            var again = await CostAsync(meter, user, small, action);

            Assert.True(before.Entities > 0, $"{action}: nothing read ({before})");
            Assert.Equal((before.Requests, before.Entities), (again.Requests, again.Entities));
            Assert.True((before.Requests, before.Entities) == (grown.Requests, grown.Entities),
                $"{action} reads more as the company grows: 200 letters {before}, 4,000 letters {grown}");
        }
    }

    [Fact]
    public async Task A_report_reads_its_section_a_full_storage_page_a_request_and_no_counters()
    {
        await using var host = await PortaleHost.StartAsync(azurite, settings: new Dictionary<string, string> { ["Portale:Storage:CostMeter"] = "true" });
        var meter = host.Services.GetRequiredService<StorageClients>().CostMeter!;
        var company = LetterScenario.NewCompanyId("cost");
        await SeededLetters.PublishAsync(host, SeededLetters.Of(company, 2_100, TestClock.Now().AddDays(-1), downloadedEvery: int.MaxValue));
        using var user = await host.OperatorClientAsync($"u-{Guid.NewGuid():N}"[..30], company);

        // Letter 0 counts as downloaded (0 % n == 0): 2,099 new letters.
        var cost = await CostAsync(meter, user, company, "reports/new");

        // 999 letters a page and the one more each page asks for: 1,000 entities, Table Storage's largest response.
        Assert.True((cost.Requests, cost.Entities) == (3, 2_099 + 2), $"report of 2,099 letters: {cost}");
    }

    private static async Task<StorageCost> CostAsync(StorageCostMeter meter, HttpClient user, string company, string action)
    {
        var cost = await meter.MeasureAsync(async () =>
        {
            using var response = await user.GetAsync($"/api/companies/{company}/{action}");
            Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode}");
        });
        // The company's letters, index rows and counters: what could grow with the company. Not the rest:
        // the local host's watcher lists the incoming container meanwhile, and the off-line days' refresh,
        // the session's touch and the feed's pump read or write their own tables when they fall due, not
        // because of the action measured.
        return cost.Of($"table:{StorageNames.CompanyLettersTable}:");
    }
}
