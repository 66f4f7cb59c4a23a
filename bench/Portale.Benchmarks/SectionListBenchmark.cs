using BenchmarkDotNet.Attributes;
using Portale.Adapters.Letters;
using Portale.Adapters.Storage;
using Portale.Core.Calendar;
using Portale.Core.Letters;

namespace Portale.Benchmarks;

/// <summary>One page of 50 new letters (default order, with total) for a company holding 1,000 or 100,000 letters.</summary>
public class SectionListBenchmark
{
    private LocalAzurite? azurite;
    private LetterLister? lister;
    private LetterQuery? query;

    [Params(1_000, 100_000)]
    public int Letters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        azurite = new LocalAzurite();
        var clients = new StorageClients(new StorageOptions { ConnectionString = azurite.ConnectionString });
        new StorageInitializer(clients).EnsureCreatedAsync(CancellationToken.None).GetAwaiter().GetResult();
        var store = new TableLetterStore(clients);
        var fields = new LetterFields("1", "RECLAMI", "POD:IT001", ServiceType.Electricity, "MERCATO", "FATTURAZIONE", "Cliente", "Via Roma 1", 20, false, Sector.Energy);
        var start = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.FromHours(1));
        var letters = Enumerable.Range(0, Letters)
            .Select(i => new Letter("bench", $"L-P-26-{i:D7}_01.PDF", Recipient.To, start.AddMinutes(i), fields, "hash"))
            .ToList();
        // Seeded through the real publication path: batches of up to 100 entities per transaction.
        store.PublishAsync(letters, CancellationToken.None).GetAwaiter().GetResult();
        lister = new LetterLister(store, new ResponseSla(WorkingDayCalendar.Standard), TimeProvider.System);
        query = LetterQueryParser.Parse("new", null, null, null, null, "50", null);
    }

    [Benchmark]
    public async Task<int> FirstPageOf50()
    {
        var page = await lister!.ListAsync("bench", query!, CancellationToken.None);
        return page.Items.Count + page.Total;
    }

    [GlobalCleanup]
    public void Cleanup() => azurite?.Dispose();
}
