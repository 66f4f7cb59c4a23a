using Microsoft.Extensions.DependencyInjection;
using Portale.Adapters.Storage;
using Portale.Core.Companies;
using Portale.Core.Publication;
using Portale.Core.Identity;
using Portale.Core.Letters;
using Portale.Core.Letters.Search;
using Portale.Core.Reports;

namespace Portale.Benchmarks;

/// <summary>
/// What each operator action asks of storage, counted by the SDK pipeline (<see cref="StorageCostMeter"/>), for
/// companies holding 1,000, 10,000 and 100,000 new letters on one Azurite: requests and entities read (all
/// tables and containers), printed as the Markdown table of docs/api.md. Counts do not depend on the machine.
/// Run: <c>dotnet run -c Release -- costs [sizes…]</c>.
/// </summary>
public static class CostsRun
{
    private static readonly OperatorPrincipal User = new("bench-user", "bench.operatore", "bench-session");

    public static async Task RunAsync(IReadOnlyList<int> sizes)
    {
        using var azurite = new LocalAzurite();
        await using var services = BenchServices.Over(azurite.ConnectionString, costMeter: true);
        var clients = services.GetRequiredService<StorageClients>();
        await new StorageInitializer(clients).EnsureCreatedAsync(CancellationToken.None);
        var meter = clients.CostMeter!;
        var rows = new Dictionary<string, List<string>>();
        foreach (var size in sizes)
        {
            var company = $"bench-cost-{size}";
            await services.GetRequiredService<ICompanyDirectory>().SaveAsync(
                new Company(company, $"Società {size}", "12345678903", "c@pec.example.it", [Sector.Energy]), CancellationToken.None);
            var seeding = System.Diagnostics.Stopwatch.StartNew();
            var letters = BenchLetters.New(company, size);
            foreach (var chunk in letters.Chunk(2_000))
            {
                await services.GetRequiredService<ILetterStore>().PublishAsync(chunk, CancellationToken.None);
            }
            var documents = services.GetRequiredService<IDocumentStore>();
            await Parallel.ForEachAsync(letters.Take(100), async (l, ct) => await documents.PutAsync(l.DocumentPath, BenchLetters.Pdf, ct));
            Console.Error.WriteLine($"{size} letters seeded in {seeding.Elapsed.TotalSeconds:F0} s");
            foreach (var (action, run) in Actions(services, company, letters))
            {
                var cost = await meter.MeasureAsync(run);
                var cell = $"{cost.Requests:N0} / {cost.Entities:N0}";
                (rows.TryGetValue(action, out var list) ? list : rows[action] = []).Add(cell);
                Console.Error.WriteLine($"{size} {action}: {cell} ({cost})");
            }
        }
        Console.WriteLine($"| action | {string.Join(" | ", sizes.Select(s => $"{s:N0} letters"))} |");
        Console.WriteLine($"|---|{string.Concat(sizes.Select(_ => "---:|"))}");
        foreach (var (action, cells) in rows)
        {
            Console.WriteLine($"| {action} | {string.Join(" | ", cells)} |");
        }
    }

    private static IEnumerable<(string Action, Func<Task> Run)> Actions(IServiceProvider services, string company, IReadOnlyList<Letter> letters)
    {
        var lister = services.GetRequiredService<LetterLister>();
        var searcher = services.GetRequiredService<LetterSearcher>();
        yield return ("section page, default order (50)", () => lister.ListAsync(company,
            LetterQueryParser.Parse("new", null, null, null, null, "50", null), CancellationToken.None));
        yield return ("section page sorted by Giorni a scadenza (50)", () => lister.ListAsync(company,
            LetterQueryParser.Parse("new", null, null, null, "daysToDeadline:asc", "50", null), CancellationToken.None));
        yield return ("badges", () => services.GetRequiredService<LetterBadges>().ForAsync(company, CancellationToken.None));
        yield return ("details", async () => services.GetRequiredService<LetterViews>().Of(
            await services.GetRequiredService<LetterReader>().GetAsync(company, letters[^1].Name, CancellationToken.None)));
        yield return ("Ricerca lettere, Denominazione Cliente `%bianchi%` (first page)", () => searcher.SearchAsync(company,
            LetterSearchParser.Parse(name => name == "customerName" ? "%bianchi%" : null), CancellationToken.None));
        yield return ("Ricerca lettere, Lettera by prefix (first page)", () => searcher.SearchAsync(company,
            LetterSearchParser.Parse(name => name == "letter" ? letters[0].Name[..12] : null), CancellationToken.None));
        yield return ("report of the new letters (every row)", () => services.GetRequiredService<IReportWriter>().WriteAsync(
            services.GetRequiredService<ReportBuilder>().Build(company, ReportCatalog.Find("new")!), Stream.Null, CancellationToken.None));
        yield return ("ZIP download of 100 (records the downloads, reads 100 PDFs)", async () =>
        {
            var downloaded = await services.GetRequiredService<LetterDownloads>().RecordAsync(
                company, [.. letters.Take(100).Select(l => l.Name)], User, CancellationToken.None);
            var documents = services.GetRequiredService<IDocumentStore>();
            foreach (var letter in downloaded)
            {
                await using var pdf = await documents.OpenReadAsync(letter.DocumentPath, CancellationToken.None);
                await pdf!.CopyToAsync(Stream.Null);
            }
        });
    }
}
