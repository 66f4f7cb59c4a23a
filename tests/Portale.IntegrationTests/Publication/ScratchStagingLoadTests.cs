using System.Collections.Concurrent;
using System.Net;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Letters;
using Xunit.Abstractions;

namespace Portale.IntegrationTests.Publication;

[Collection(AzuriteCollection.Name)]
public sealed class ScratchStagingLoadTests(AzuriteProcess azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task Scratch_many_parallel_stagings()
    {
        var total = int.Parse(Environment.GetEnvironmentVariable("SCRATCH_LETTERS") ?? "400");
        await using var scenario = await LetterScenario.StartAsync(azurite, new DateOnly(2026, 3, 10));
        var to = await scenario.CompanyAsync("load");
        var cc = await scenario.CompanyAsync("loadcc");
        await scenario.Host.SetClockAsync(LetterScenario.At(scenario.Day, 10, 0));
        var statuses = new ConcurrentDictionary<HttpStatusCode, int>();
        var bodies = new ConcurrentBag<string>();
        var next = 0;
        var started = DateTime.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= total)
            {
                var name = LetterScenario.NewLetterName();
                using var response = await scenario.StageRawAsync(name, TestPdfs.OnePage(name), LetterScenario.Fields(to, [cc]));
                statuses.AddOrUpdate(response.StatusCode, 1, (_, n) => n + 1);
                if ((int)response.StatusCode >= 500) bodies.Add(await response.Content.ReadAsStringAsync());
            }
        }));
        output.WriteLine($"{total} in {DateTime.UtcNow - started}: " + string.Join(", ", statuses.Select(s => $"{s.Key}={s.Value}")));
        foreach (var b in bodies.Take(5)) output.WriteLine(b);
        Assert.Equal(total, statuses.GetValueOrDefault(HttpStatusCode.Created));
    }
}
