using BenchmarkDotNet.Attributes;
using Portale.Adapters.Letters;
using Portale.Adapters.Storage;
using Portale.Core.Calendar;
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
        var clients = new StorageClients(new StorageOptions { ConnectionString = real is { Length: > 0 } ? real : azurite!.ConnectionString });
        new StorageInitializer(clients).EnsureCreatedAsync(CancellationToken.None).GetAwaiter().GetResult();
        var store = new TableLetterStore(clients);
        // Seeded through the real publication path: batches of up to 100 entities per transaction.
        store.PublishAsync(BenchLetters.New(Company, Letters), CancellationToken.None).GetAwaiter().GetResult();
        lister = new LetterLister(store, new ResponseSla(WorkingDayCalendar.Standard), TimeProvider.System);
        query = LetterQueryParser.Parse("new", null, null, null, null, "50", null);
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
