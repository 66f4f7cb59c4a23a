using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using Portale.Core.Calendar;
using Portale.Core.Letters;
using Portale.Core.Outages;
using Portale.Core.Paging;
using Portale.Core.Reminders;
using Portale.Core.Reports;
using Portale.Core.Uploads;

namespace Portale.Core.Tests.Reports;

public class ReportBuilderTests
{
    private static readonly LetterFields Fields = new("1", "T", "POD", ServiceType.Gas, "A", "S", "C", "V", 20, false, Sector.Energy);
    private static readonly DateTimeOffset Published = new(2026, 3, 10, 1, 5, 0, TimeSpan.FromHours(1));
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(1)));

    [Fact]
    public async Task A_letter_section_is_read_a_full_storage_page_at_a_time_newest_first_without_the_counters_with_the_list_days_to_deadline()
    {
        var store = new PagedLetterStore(1_234);
        var builder = Builder(store);

        var table = builder.Build("acme", ReportCatalog.Find("to-work")!);
        var rows = await RowsOf(table);

        Assert.Equal(1_234, rows.Count);
        Assert.Equal([999, 999], store.Takes);
        Assert.Equal(0, store.Counts);
        Assert.Equal("L-P-26-0001234_01.PDF", rows[0][0]);
        Assert.Equal("L-P-26-0000001_01.PDF", rows[^1][0]);
        var days = table.Columns.ToList().FindIndex(c => c.Header == "Giorni a scadenza risposta");
        var sla = new ResponseSla(WorkingDayCalendar.Standard);
        Assert.Equal(sla.DaysToDeadline(store.Letters[0].Terms, new DateOnly(2026, 3, 16)), rows[0][days]);
        Assert.Equal(ReportCellFormat.Number, table.Columns[days].Format);
        // Published at 01:05 Rome: the date in Rome, and the download to the second.
        Assert.Equal(new DateOnly(2026, 3, 10), rows[0][1]);
        var downloaded = table.Columns.ToList().FindIndex(c => c.Header == "Data Download");
        Assert.Equal(new DateTime(2026, 3, 11, 10, 15, 30), rows[0][downloaded]);
    }

    [Fact]
    public async Task The_next_page_is_read_while_the_writer_takes_the_rows_of_one_and_never_more_than_one_ahead()
    {
        var store = new PagedLetterStore(2_500);
        var table = Builder(store).Build("acme", ReportCatalog.Find("to-work")!);

        await using var rows = table.Rows.GetAsyncEnumerator();
        Assert.True(await rows.MoveNextAsync());
        Assert.Equal([999, 999], store.Takes);
        for (var i = 1; i < 999; i++)
        {
            Assert.True(await rows.MoveNextAsync());
        }

        Assert.Equal([999, 999], store.Takes);
        Assert.Equal("L-P-26-0001502_01.PDF", rows.Current[0]);
        Assert.True(await rows.MoveNextAsync());
        Assert.Equal([999, 999, 999], store.Takes);
    }

    [Fact]
    public async Task A_reader_that_stops_early_leaves_the_page_read_ahead_cancelled_and_its_failure_unseen()
    {
        var store = new PagedLetterStore(2_500) { FailAfterFirst = true };
        var table = Builder(store).Build("acme", ReportCatalog.Find("to-work")!);

        await using (var rows = table.Rows.GetAsyncEnumerator())
        {
            Assert.True(await rows.MoveNextAsync());
        }

        Assert.Equal([999, 999], store.Takes);
        Assert.True(store.AheadCancelled);
    }

    [Fact]
    public async Task Failed_uploads_follow_the_log_cursor_to_the_end()
    {
        var log = new PagedFailedUploads(1_100);
        var builder = new ReportBuilder(null!, Views(), null!, null!, log);

        var table = builder.Build("acme", ReportCatalog.Find("failed-uploads")!);
        var rows = await RowsOf(table);

        Assert.Equal(["File", "Data Evento", "Utente", "Motivo Errore"], table.Columns.Select(c => c.Header));
        Assert.Equal(1_100, rows.Count);
        Assert.Equal(3, log.Reads);
        Assert.Equal(new DateTime(2026, 3, 10, 1, 5, 0), rows[0][1]);
    }

    [Fact]
    public void Each_section_has_the_columns_of_its_web_list_in_order()
    {
        string[] Headers(Section s) => LetterReportColumns.For(s).Select(c => c.Column.Header).ToArray();
        Assert.Equal(14, Headers(Section.New).Length);
        Assert.Equal("Lettera", Headers(Section.New)[0]);
        Assert.Equal(["Data Download", "Utente Download"], Headers(Section.Cc)[^2..]);
        Assert.Equal(["Giorni a scadenza risposta", "Proroga(gg)"], Headers(Section.ToWork)[^2..]);
        Assert.Equal(["Lettera", "Data Pubblicazione", "Data Download", "Utente Download", "RISPOSTA", "Data Risposta", "Utente Risposta", "Completezza Risposta",
                "Data Risposta attribuita", "Motivo Data Risposta attribuita", "Destinatario Principale"],
            Headers(Section.Archive)[..11]);
    }

    [Fact]
    public void The_archive_says_when_and_why_a_Data_Risposta_was_backdated()
    {
        var columns = LetterReportColumns.For(Section.Archive);
        object? Value(Letter letter, string header) =>
            columns.Single(c => c.Column.Header == header).Value(new LetterView(letter, null, null, []));
        var answered = new Letter("acme", "L-P-26-0000001_01.PDF", Recipient.To, Published, Fields, "h")
        {
            Answer = new LetterAnswer("R-P-26-0000001_01.PDF", Published.AddDays(3), "u"),
        };
        var backdated = answered with
        {
            Answer = answered.Answer! with { Backdating = new AnswerBackdating(new DateOnly(2026, 3, 11), "o", "r", "Perché.") },
        };

        Assert.Equal((new DateOnly(2026, 3, 11), "Perché."),
            (Value(backdated, "Data Risposta attribuita"), Value(backdated, "Motivo Data Risposta attribuita")));
        Assert.Equal((null, ""), (Value(answered, "Data Risposta attribuita"), Value(answered, "Motivo Data Risposta attribuita")));
    }

    [Fact]
    public void The_catalog_names_the_seven_reports_as_the_manual_and_dates_the_file()
    {
        Assert.Equal(
            ["Report invii falliti", "Report comunicazioni libere", "Report nuove lettere ricevute", "Report lettere scaricate da lavorare",
                "Report archivio lettere con risposta", "Report nuovi solleciti ricevuti", "Report lettere scaricate in copia conoscenza"],
            ReportCatalog.All.Select(r => r.Title));
        Assert.Equal("Report_lettere_scaricate_da_lavorare_acme_20260316.xlsx", ReportCatalog.Find("to-work")!.FileName("acme", new DateOnly(2026, 3, 16)));
        Assert.Null(ReportCatalog.Find("tutto"));
        Assert.Null(ReportCatalog.Find(null));
    }

    private static async Task<List<object?[]>> RowsOf(ReportTable table)
    {
        var rows = new List<object?[]>();
        await foreach (var row in table.Rows)
        {
            rows.Add(row);
        }
        return rows;
    }

    private static LetterViews Views() => new(new ResponseSla(WorkingDayCalendar.Standard), Clock);

    private static ReportBuilder Builder(ILetterStore store) =>
        new(new LetterLister(store, new ResponseSla(WorkingDayCalendar.Standard), Clock), Views(), null!, null!, null!);

    /// <summary>Downloaded TO letters keyed newest first, read a page at a time as the table store does.</summary>
    private sealed class PagedLetterStore(int count) : ILetterStore
    {
        public List<Letter> Letters { get; } = Enumerable.Range(1, count).Reverse()
            .Select(i => new Letter("acme", $"L-P-26-{i:D7}_01.PDF", Recipient.To, Published, Fields, "h")
            {
                DownloadedAt = new DateTimeOffset(2026, 3, 11, 10, 15, 30, TimeSpan.FromHours(1)).AddMilliseconds(250),
                DownloadedBy = "u",
            })
            .ToList();

        public List<int> Takes { get; } = [];

        public bool FailAfterFirst { get; init; }

        public bool AheadCancelled { get; private set; }

        public async Task<KeyedPage<Letter>> ReadNewestFirstAsync(string companyId, Section section, LetterFilter filter, DateOnly today, string? after, int take, CancellationToken cancellationToken)
        {
            Takes.Add(take);
            if (FailAfterFirst && after is not null)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    AheadCancelled = true;
                }
                throw new InvalidOperationException("storage failed after the reader left");
            }
            var start = after is null ? 0 : int.Parse(after) + 1;
            var items = Letters.Skip(start).Take(take).ToList();
            var last = start + items.Count - 1;
            return new KeyedPage<Letter>(items, last < Letters.Count - 1 ? last.ToString() : null);
        }

        public int Counts { get; private set; }

        public Task<int> CountAsync(string companyId, Section section, LetterFilter filter, DateOnly today, CancellationToken cancellationToken)
        {
            Counts++;
            return Task.FromResult(Letters.Count);
        }

        public Task<Letter?> FindAsync(string companyId, string name, CancellationToken cancellationToken) => throw new NotSupportedException("one round trip per letter");

        public Task<IReadOnlyList<Letter>> FindManyAsync(string companyId, IReadOnlyCollection<string> names, CancellationToken cancellationToken) => throw new NotSupportedException();

        public async IAsyncEnumerable<Letter> ReadSectionAsync(string companyId, Section section, LetterFilter filter, DateOnly today, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            throw new NotSupportedException("the whole section at once");
#pragma warning disable CS0162
            yield break;
#pragma warning restore CS0162
        }

        public Task PublishAsync(IReadOnlyList<Letter> letters, CancellationToken cancellationToken) => throw new NotSupportedException();

        public IAsyncEnumerable<Letter> ReadDueAsync(string companyId, LetterTimeRule rule, DateOnly through, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task UpdateAsync(string companyId, IReadOnlyList<LetterChange> changes, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class PagedFailedUploads(int count) : IFailedUploadLog
    {
        public int Reads { get; private set; }

        public Task AddAsync(IReadOnlyList<FailedUpload> failures, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<FailedUpload>> ListOfUploadAsync(UploadRecord upload, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Page<FailedUpload>> ListAsync(string companyId, string? cursor, int take, CancellationToken cancellationToken)
        {
            Reads++;
            var start = cursor is null ? 0 : int.Parse(cursor);
            var items = Enumerable.Range(start, Math.Min(take, count - start))
                .Select(i => new FailedUpload(companyId, $"{i}", $"f{i}.pdf", Published, "u", "motivo")).ToList();
            return Task.FromResult(new Page<FailedUpload>(items, start + items.Count < count ? $"{start + items.Count}" : null, count));
        }
    }
}
