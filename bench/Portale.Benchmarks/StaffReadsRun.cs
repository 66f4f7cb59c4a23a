using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.Core.Companies;
using Portale.Core.Feed;
using Portale.Core.Letters;
using Portale.Core.Sportello;

namespace Portale.Benchmarks;

/// <summary>
/// The staff reads across companies (docs/decisions/0015, 0014): the dashboard of every company and one
/// page of the all-companies change feed, for 5 companies and 2,000 letters next to <c>companies</c> and
/// <c>letters</c> (default 500 and 200,000), each on an Azurite of its own: time and storage requests per
/// read (the <see cref="StorageCostMeter"/> of StorageCostTests), to show the request shape does not grow
/// with the letters. Run: <c>dotnet run -c Release -- staff-reads [companies] [letters]</c>.
/// </summary>
public static class StaffReadsRun
{
    private const int Repeats = 20;

    public static async Task RunAsync(int companies, int letters)
    {
        var small = await MeasureAsync(5, 2_000);
        var large = await MeasureAsync(companies, letters);
        Console.WriteLine();
        Console.WriteLine($"| read | 5 companies, 2,000 letters | {companies} companies, {letters:N0} letters | time ratio |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, s) in small)
        {
            var l = large[name];
            Console.WriteLine($"| {name} | {s} | {l} | {l.Milliseconds / Math.Max(s.Milliseconds, 0.001):F2} |");
        }
    }

    private static async Task<Dictionary<string, Measure>> MeasureAsync(int companyCount, int letterCount)
    {
        using var azurite = new LocalAzurite();
        await using var services = BenchServices.Over(azurite.ConnectionString, costMeter: true);
        var clients = services.GetRequiredService<StorageClients>();
        await new StorageInitializer(clients).EnsureCreatedAsync(CancellationToken.None);
        var registry = services.GetRequiredService<CompanyRegistry>();
        var store = services.GetRequiredService<ILetterStore>();
        var updates = services.GetRequiredService<LetterUpdates>();

        var seeding = Stopwatch.StartNew();
        var perCompany = letterCount / companyCount;
        // A feed long enough for full pages at both sizes: 1 letter in 10 downloaded, at most 2,000 in all.
        var downloadsPerCompany = Math.Max(1, Math.Min(perCompany / 10, 2_000 / companyCount));
        for (var c = 0; c < companyCount; c++)
        {
            var id = $"bench-{c:D4}";
            await registry.SaveAsync(id, $"Società {c}", "12345678903", $"c{c}@pec.example.it",
                [c % 5 == 0 ? "water" : "energy"], CancellationToken.None);
            var mine = BenchLetters.New(id, perCompany);
            await store.PublishAsync(mine, CancellationToken.None);
            foreach (var chunk in mine.Take(downloadsPerCompany).Chunk(50))
            {
                await updates.ApplyAsync(id, [.. chunk.Select(l => l.Name)],
                    l => l with { DownloadedAt = l.PublishedAt.AddHours(8), DownloadedBy = "bench" }, CancellationToken.None);
            }
        }
        var feed = services.GetRequiredService<ChangeFeedReader>();
        var head = (await feed.ReadAsync(Query(null), CancellationToken.None)).Head;
        Console.WriteLine($"{companyCount} companies, {letterCount:N0} letters, {head:N0} feed items: seeded in " +
            $"{seeding.Elapsed.TotalSeconds:F0} s");

        var dashboard = services.GetRequiredService<DashboardLister>();
        var meter = clients.CostMeter!;
        var middle = (await feed.ReadAsync(Query(null, "100"), CancellationToken.None)).NextCursor;
        return new Dictionary<string, Measure>
        {
            ["dashboard, first page (100 rows)"] = await MeasureAsync(meter, () => dashboard.ListAsync(null, "100", null, CancellationToken.None)),
            ["dashboard, every company (all pages)"] = await MeasureAsync(meter, () => WholeDashboardAsync(dashboard)),
            ["change feed, a page of 100 after 100"] = await MeasureAsync(meter, () => feed.ReadAsync(Query(middle, "100"), CancellationToken.None)),
        };
    }

    private static ChangeFeedQuery Query(string? cursor, string pageSize = "10") =>
        ChangeFeedQuery.Parse(name => name switch
        {
            "cursor" => cursor,
            "pageSize" => pageSize,
            _ => null,
        }, null, allCompanies: true);

    private static async Task<int> WholeDashboardAsync(DashboardLister dashboard)
    {
        var (rows, cursor) = (0, (string?)null);
        do
        {
            var page = await dashboard.ListAsync(null, "100", cursor, CancellationToken.None);
            (rows, cursor) = (rows + page.Items.Count, page.NextCursor);
        }
        while (cursor is not null);
        return rows;
    }

    private static async Task<Measure> MeasureAsync<T>(StorageCostMeter meter, Func<Task<T>> read)
    {
        await read();
        var cost = await meter.MeasureAsync(read);
        var times = new List<double>();
        for (var i = 0; i < Repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            await read();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new Measure(times[Repeats / 2], cost.Requests, cost.Entities);
    }

    private sealed record Measure(double Milliseconds, long Requests, long Entities)
    {
        public override string ToString() => $"{Milliseconds:F1} ms, {Requests} requests, {Entities} entities";
    }
}
