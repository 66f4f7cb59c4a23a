using Microsoft.Extensions.Logging.Abstractions;
using Portale.Adapters.Feed;
using Portale.Adapters.Letters;
using Portale.Adapters.Storage;
using Portale.Core.Calendar;
using Portale.Core.Letters;

namespace Portale.Benchmarks;

/// <summary>New letters for a benchmark company, one minute apart from 1 January 2026.</summary>
public static class BenchLetters
{
    private static readonly LetterFields Fields =
        new("1", "RECLAMI", "POD:IT001", ServiceType.Electricity, "MERCATO", "FATTURAZIONE", "Cliente", "Via Roma 1", 20, false, Sector.Energy);

    public static IReadOnlyList<Letter> New(string companyId, int count)
    {
        var start = new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.FromHours(1));
        return Enumerable.Range(0, count)
            .Select(i => new Letter(companyId, $"L-P-26-{i:D7}_01.PDF", Recipient.To, start.AddMinutes(i), Fields, "hash"))
            .ToList();
    }

    /// <summary>Bytes standing for a letter's PDF where only their storage is measured.</summary>
    public static byte[] Pdf { get; } = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    /// <summary>The letters store over <paramref name="connectionString"/>, its tables created.</summary>
    public static TableLetterStore Store(string connectionString)
    {
        var clients = new StorageClients(new StorageOptions { ConnectionString = connectionString });
        new StorageInitializer(clients).EnsureCreatedAsync(CancellationToken.None).GetAwaiter().GetResult();
        return Store(clients);
    }

    public static TableLetterStore Store(StorageClients clients) => new(
        clients, Feed(clients),
        new TableCompanyDashboards(clients, new Portale.Adapters.Companies.TableCompanyDirectory(clients), TimeProvider.System,
            NullLogger<TableCompanyDashboards>.Instance),
        TimeProvider.System);

    public static TableChangeFeed Feed(StorageClients clients) =>
        new(clients, TimeProvider.System, NullLogger<TableChangeFeed>.Instance);

    public static LetterLister Lister(ILetterStore store) => new(store, new ResponseSla(WorkingDayCalendar.Standard), TimeProvider.System);

    /// <summary>The section "new" in its default order, 50 per page.</summary>
    public static LetterQuery FirstPageOfNew() => LetterQueryParser.Parse("new", null, null, null, null, "50", null);
}
