using BenchmarkDotNet.Attributes;
using Portale.Core.Letters;

namespace Portale.Benchmarks;

/// <summary>One page of 50 new letters (default order, with total) for a company holding 1,000 or 100,000 letters.</summary>
[MedianColumn]
public class SectionListBenchmark
{
    private LocalAzurite? azurite;
    private LetterLister? lister;
    private LetterQuery? query;

    // One company per size, so a shared real account holds both without mixing them.
    private string Company => $"bench-{Letters}";

    [Params(1_000, 100_000)]
    public int Letters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Azurite scans a whole table for every query (LokiJS: a where() over the collection, then a
        // sort), so on the emulator a page costs more as the table grows. Set PORTALE_BENCH_STORAGE
        // to a real storage account's connection string to measure what Azure's key index does.
        var real = Environment.GetEnvironmentVariable("PORTALE_BENCH_STORAGE");
        azurite = string.IsNullOrEmpty(real) ? new LocalAzurite() : null;
        var store = BenchLetters.Store(real is { Length: > 0 } ? real : azurite!.ConnectionString);
        // Seeded through the real publication path: batches of up to 100 entities per transaction.
        store.PublishAsync(BenchLetters.New(Company, Letters), CancellationToken.None).GetAwaiter().GetResult();
        lister = BenchLetters.Lister(store);
        query = BenchLetters.FirstPageOfNew();
    }

    [Benchmark]
    public async Task<int> FirstPageOf50()
    {
        var page = await lister!.ListAsync(Company, query!, CancellationToken.None);
        return page.Items.Count + page.Total;
    }

    [GlobalCleanup]
    public void Cleanup() => azurite?.Dispose();
}
