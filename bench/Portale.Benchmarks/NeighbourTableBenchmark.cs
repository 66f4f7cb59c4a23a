using BenchmarkDotNet.Attributes;
using Portale.Core.Letters;

namespace Portale.Benchmarks;

/// <summary>
/// The same page as <see cref="SectionListBenchmark"/> for a company holding 1,000 letters, while
/// another company's letters share the table (0 or 99,000). The listed company and its requests do
/// not change; only the table around it grows. On Azurite this isolates what the emulator costs per
/// entity in the table from what the design costs per letter of the company.
/// </summary>
[MedianColumn]
public class NeighbourTableBenchmark
{
    private const string Company = "bench-own";
    private const string Neighbour = "bench-neighbour";

    private LocalAzurite? azurite;
    private LetterLister? lister;
    private LetterQuery? query;

    [Params(0, 99_000)]
    public int NeighbourLetters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        azurite = new LocalAzurite();
        var store = BenchLetters.Store(azurite.ConnectionString);
        store.PublishAsync(BenchLetters.New(Company, 1_000), CancellationToken.None).GetAwaiter().GetResult();
        store.PublishAsync(BenchLetters.New(Neighbour, NeighbourLetters), CancellationToken.None).GetAwaiter().GetResult();
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
