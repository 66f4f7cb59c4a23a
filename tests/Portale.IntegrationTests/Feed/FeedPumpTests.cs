using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Feed;
using Portale.Adapters.Storage;
using Portale.Core.Feed;
using Portale.Functions.Feed;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;

namespace Portale.IntegrationTests.Feed;

/// <summary>
/// The hourly <c>FeedPump</c> moves to the all-companies feed what a change left behind (a crash between a
/// company's transaction and its pump) and writes what it did to the job log.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeedPumpTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Items_left_behind_reach_the_global_feed_and_the_run_is_in_the_job_log()
    {
        await using var s = await LetterScenario.StartAsync(azurite, new DateOnly(2028, 3, 20));
        var company = await s.CompanyAsync("pump");
        // What a change leaves when the host stops right after its transaction: the company's item, not pumped.
        var letters = s.Host.Services.GetRequiredService<StorageClients>().Table(StorageNames.CompanyLettersTable);
        var item = new ChangeItem(ChangeKind.Download, company, "d_L-P-28-0000001_01.PDF", LetterScenario.At(s.Day, 9, 0), "op")
        {
            Letter = "L-P-28-0000001_01.PDF", Sequence = 1, RecordedAt = LetterScenario.At(s.Day, 9, 0),
        };
        await letters.AddEntityAsync(FeedRows.Item(company, FeedRows.CompanyItem(1), item));
        await letters.AddEntityAsync(FeedRows.Sequence(company, FeedRows.CompanySequence, 1));
        var before = Assert.Single(await ItemsAsync(s, company));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("globalSequence").ValueKind);

        await s.RunAtAsync(FeedFunctions.Pump, LetterScenario.At(s.Day, 10, 7));

        var global = (await LetterScenario.GetJsonAsync(s.Staff, "/api/backoffice/changes?order=desc&pageSize=100"))
            .GetProperty("items").EnumerateArray();
        var moved = Assert.Single(global, i => i.GetProperty("companyId").GetString() == company);
        Assert.True(moved.GetProperty("globalSequence").GetInt64() > 0);
        var log = (await LetterScenario.GetJsonAsync(s.Staff, $"/api/backoffice/jobs?job={ChangeFeedPump.JobName}&pageSize=100"))
            .GetProperty("items").EnumerateArray().ToList();
        var run = log.First(r => r.GetProperty("day").GetString() == "2028-03-20");
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.True(run.GetProperty("counts").GetProperty("behind").GetInt32() >= 1);
        Assert.True(run.GetProperty("counts").GetProperty("companies").GetInt32() >= 1);
    }

    private static async Task<List<System.Text.Json.JsonElement>> ItemsAsync(LetterScenario s, string company) =>
        (await LetterScenario.GetJsonAsync(s.Staff, $"/api/backoffice/changes?companyId={company}&pageSize=100"))
            .GetProperty("items").EnumerateArray().ToList();
}
