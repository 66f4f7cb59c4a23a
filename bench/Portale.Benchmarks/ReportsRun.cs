using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.Core.Companies;
using Portale.Core.Letters;
using Portale.Core.Paging;
using Portale.Core.Reports;

namespace Portale.Benchmarks;

/// <summary>
/// The "Report nuove lettere ricevute" of a company with 50,000 letters and of one with 200,000, built by the
/// portal's own services and written by its .xlsx writer to a sink that only counts bytes, in one run on one
/// Azurite: the time of each and the peak of the managed heap while it is written (sampled every 20 ms, after
/// a full collection before each), to show that the memory does not grow with the rows; then the same rows read
/// again without the writer, to split the time between storage paging and workbook writing, and once more
/// through the section list's pages (500 a page, each with its counters read), the way reports read them before.
/// Run: <c>dotnet run -c Release -- reports [small] [large]</c>. Set PORTALE_BENCH_STORAGE to reuse a seeded
/// storage (the seeding is skipped when the company already has its letters).
/// </summary>
public static class ReportsRun
{
    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        using var azurite = Environment.GetEnvironmentVariable("PORTALE_BENCH_STORAGE") is null ? new LocalAzurite() : null;
        var connection = Environment.GetEnvironmentVariable("PORTALE_BENCH_STORAGE") ?? azurite!.ConnectionString;
        await using var services = BenchServices.Over(connection);
        await new StorageInitializer(services.GetRequiredService<StorageClients>()).EnsureCreatedAsync(CancellationToken.None);
        var store = services.GetRequiredService<ILetterStore>();
        var directory = services.GetRequiredService<ICompanyDirectory>();
        var builder = services.GetRequiredService<ReportBuilder>();
        var writer = services.GetRequiredService<IReportWriter>();
        var report = ReportCatalog.Find("new")!;
        foreach (var size in sizes)
        {
            // Each size seeded then measured at once, so a long run still reports the sizes it reached.
            var company = new Company($"bench-report-{size}", $"Società {size}", "12345678903", "r@pec.example.it", [Sector.Energy]);
            await directory.SaveAsync(company, CancellationToken.None);
            var seeding = Stopwatch.StartNew();
            var published = await SeedAsync(store, company.Id, size);
            Console.WriteLine($"{size} letters: seeded {published} in {seeding.Elapsed.TotalSeconds:F1} s");
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            using var sampler = new HeapSampler();
            var sink = new CountingStream();
            var watch = Stopwatch.StartNew();
            await writer.WriteAsync(builder.Build(company.Id, report), sink, CancellationToken.None);
            watch.Stop();
            var peak = sampler.Stop();
            Console.WriteLine($"report of {size} rows: {watch.Elapsed.TotalSeconds:F2} s, {sink.Length / 1024.0 / 1024:F1} MB written, " +
                $"managed heap {before / 1024.0 / 1024:F0} MB before, peak {peak / 1024.0 / 1024:F0} MB " +
                $"(+{(peak - before) / 1024.0 / 1024:F0} MB), process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:F0} MB");
            var (ownCpu, emulatorCpu) = (Process.GetCurrentProcess().TotalProcessorTime, azurite?.CpuTime);
            var reading = Stopwatch.StartNew();
            var rows = 0;
            await foreach (var _ in builder.Build(company.Id, report).Rows)
            {
                rows++;
            }
            reading.Stop();
            var ownUsed = Process.GetCurrentProcess().TotalProcessorTime - ownCpu;
            Console.WriteLine($"  of which reading the {rows} rows alone (no workbook): {reading.Elapsed.TotalSeconds:F2} s, " +
                $"so writing the workbook about {Math.Max(0, watch.Elapsed.TotalSeconds - reading.Elapsed.TotalSeconds):F2} s; " +
                $"CPU while reading: portal {ownUsed.TotalSeconds:F2} s" +
                (azurite is null ? "" : $", Azurite {(azurite.CpuTime - emulatorCpu!.Value).TotalSeconds:F2} s"));
            var listing = Stopwatch.StartNew();
            var listed = await ReadThroughListPagesAsync(services.GetRequiredService<LetterLister>(), company.Id);
            listing.Stop();
            Console.WriteLine($"  the same {listed} rows through the section list's pages of 500 with their counters (how reports " +
                $"read before): {listing.Elapsed.TotalSeconds:F2} s, {listing.Elapsed.TotalSeconds / reading.Elapsed.TotalSeconds:F1}x the report's reading");
        }
    }

    private static async Task<int> ReadThroughListPagesAsync(LetterLister lister, string companyId)
    {
        var query = new LetterQuery(Section.New, new LetterFilter(), LetterSort.Default, 500, null);
        var rows = 0;
        while (true)
        {
            var page = await lister.ListAsync(companyId, query, CancellationToken.None);
            rows += page.Items.Count;
            if (page.NextCursor is null || !PageCursor.TryDecode(page.NextCursor, query.Fingerprint, out var cursor))
            {
                return rows;
            }
            query = query with { Cursor = cursor };
        }
    }

    private static async Task<int> SeedAsync(ILetterStore store, string companyId, int count)
    {
        var letters = BenchLetters.New(companyId, count);
        if ((await store.FindManyAsync(companyId, [letters[^1].Name], CancellationToken.None)).Count > 0)
        {
            return 0;
        }
        foreach (var chunk in letters.Chunk(2_000))
        {
            await store.PublishAsync(chunk, CancellationToken.None);
        }
        return count;
    }

    /// <summary>The largest managed heap seen, sampled on a thread of its own.</summary>
    private sealed class HeapSampler : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task<long> sampling;

        public HeapSampler() => sampling = Task.Run(async () =>
        {
            var peak = 0L;
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                await Task.Delay(20).ConfigureAwait(false);
            }
            return Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        });

        public long Stop()
        {
            stop.Cancel();
            return sampling.GetAwaiter().GetResult();
        }

        public void Dispose() => stop.Dispose();
    }

    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => length += count;
    }
}
