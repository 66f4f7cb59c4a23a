using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Portale.Adapters.Letters;
using Portale.Adapters.Storage;
using Portale.Core.Companies;
using Portale.Core.Letters;
using Portale.Core.Reminders;
using Portale.Functions.Hosting;

namespace Portale.Benchmarks;

/// <summary>
/// The daily passes of the time rules (SLA ageing, automatic solleciti) over 100,000 letters, timed next
/// to a plain upsert of the same 100,000 letter rows, in one run on one Azurite: what the due index saves
/// over touching every letter. Run: <c>dotnet run -c Release -- time-rules [letters] [due]</c>.
/// One-shot timings, not BenchmarkDotNet: each pass changes what the next one finds (it is idempotent).
/// </summary>
public static class TimeRulesRun
{
    private const int Companies = 10;
    private static readonly DateOnly Today = new(2026, 6, 15);

    public static async Task RunAsync(int letters, int due)
    {
        using var azurite = Environment.GetEnvironmentVariable("PORTALE_BENCH_STORAGE") is null ? new LocalAzurite() : null;
        var connection = Environment.GetEnvironmentVariable("PORTALE_BENCH_STORAGE") ?? azurite!.ConnectionString;
        await using var services = Services(connection);
        var clients = services.GetRequiredService<StorageClients>();
        await new StorageInitializer(clients).EnsureCreatedAsync(CancellationToken.None);
        var store = services.GetRequiredService<ILetterStore>();
        var directory = services.GetRequiredService<ICompanyDirectory>();

        var seeding = Stopwatch.StartNew();
        var all = new List<Letter>();
        for (var c = 0; c < Companies; c++)
        {
            var company = new Company($"bench-rules-{c}", $"Società {c}", "12345678903", $"c{c}@pec.example.it", [Sector.Energy]);
            await directory.SaveAsync(company, CancellationToken.None);
            var mine = Letters(company.Id, c, letters / Companies, due / Companies);
            await store.PublishAsync(mine, CancellationToken.None);
            all.AddRange(mine);
        }
        Console.WriteLine($"seeded {all.Count} letters ({due} due) in {seeding.Elapsed.TotalSeconds:F1} s");

        var ageing = services.GetRequiredService<LetterAgeing>();
        var reminders = services.GetRequiredService<AutomaticReminders>();
        await Time("ageing pass, letters due", () => ageing.AgeAsync(Today, CancellationToken.None));
        await Time("solleciti pass, letters due", () => reminders.SendAsync(Today, CancellationToken.None));
        await Time("ageing pass, nothing left due", () => ageing.AgeAsync(Today, CancellationToken.None));
        await Time("solleciti pass, nothing left due", () => reminders.SendAsync(Today, CancellationToken.None));
        await Time($"plain upsert of the {all.Count} letter rows", () => UpsertAsync(clients, all));
    }

    private static async Task Time(string what, Func<Task<Portale.Core.Jobs.JobOutcome>> pass)
    {
        var watch = Stopwatch.StartNew();
        var outcome = await pass();
        Console.WriteLine($"{what}: {watch.Elapsed.TotalSeconds:F2} s " +
            string.Join(", ", outcome.Counts.Select(kv => $"{kv.Key} {kv.Value}")));
    }

    private static async Task Time(string what, Func<Task<int>> pass)
    {
        var watch = Stopwatch.StartNew();
        var count = await pass();
        Console.WriteLine($"{what}: {watch.Elapsed.TotalSeconds:F2} s ({count} entities)");
    }

    /// <summary>The letters' main rows, upserted as they are, by partition in batches of 100.</summary>
    private static async Task<int> UpsertAsync(StorageClients clients, IReadOnlyList<Letter> letters)
    {
        var table = clients.Table(StorageNames.CompanyLettersTable);
        foreach (var chunk in letters.GroupBy(l => l.CompanyId).SelectMany(g => g.Chunk(100)))
        {
            await table.SubmitTransactionAsync(chunk.Select(l => new TableTransactionAction(
                TableTransactionActionType.UpsertReplace, LetterEntities.ToEntity(l, LetterKeys.Main(l.Name)))));
        }
        return letters.Count;
    }

    /// <summary>
    /// <paramref name="due"/> letters published in March (past their 15th working day after the deadline by
    /// mid-June), the rest in June (deadline ahead): what a day's pass meets.
    /// </summary>
    private static List<Letter> Letters(string companyId, int company, int count, int due)
    {
        var fields = new LetterFields("1", "RECLAMI", "POD:IT001", ServiceType.Electricity, "MERCATO", "FATTURAZIONE",
            "Cliente", "Via Roma 1", 20, false, Sector.Energy);
        var old = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.FromHours(1));
        var recent = new DateTimeOffset(2026, 6, 12, 1, 0, 0, TimeSpan.FromHours(2));
        return [.. Enumerable.Range(0, count).Select(i => new Letter(
            companyId, $"L-P-26-{company:D2}{i:D5}_01.PDF", Recipient.To,
            i < due ? old.AddSeconds(i) : recent.AddSeconds(i), fields, "hash"))];
    }

    /// <summary>The portal's services over <paramref name="connection"/>, as both hosts register them.</summary>
    internal static ServiceProvider Services(string connection, bool costMeter = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = connection,
            ["Portale:Storage:CostMeter"] = costMeter ? "true" : "false",
        }).Build();
        var environment = new BenchEnvironment();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddPortaleFunctions(configuration, environment).BuildServiceProvider();
    }

    private sealed class BenchEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;
        public string ApplicationName { get; set; } = "Portale.Benchmarks";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
