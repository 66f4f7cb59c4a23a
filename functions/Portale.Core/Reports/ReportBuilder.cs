using System.Runtime.CompilerServices;

namespace Portale.Core.Reports;

/// <summary>
/// The rows of a report, read from the same services and with the same rules as the section lists
/// (offline letters left out, Giorni a scadenza risposta from the calendar and the clock), newest
/// first, page by page through the lists' cursors as the writer consumes them: never one round trip per
/// letter, never more than a page in memory, whatever the section's size. See docs/api.md for the cost.
/// </summary>
public sealed class ReportBuilder(
    LetterLister letters,
    LetterViews views,
    ReminderLister reminders,
    ICommunicationLog communications,
    IFailedUploadLog failures)
{
    /// <summary>Log rows read per round trip.</summary>
    public const int PageSize = 500;

    /// <summary>
    /// Letters read per round trip (the index row holds the whole letter): Table Storage returns at most 1,000
    /// entities a response and the page asks for one more than it keeps, to know whether another follows.
    /// </summary>
    public const int LetterPageSize = 999;

    /// <summary>
    /// Solleciti per page: the largest page the reminder list serves (each
    /// page also reads its letters, 14 names a query).
    /// </summary>
    public const int ReminderPageSize = 100;

    /// <summary>The report's columns and its rows, read when they are enumerated.</summary>
    public ReportTable Build(string companyId, ReportDefinition report) => report.Kind switch
    {
        ReportKind.FailedUploads => new(report, FailedUploadColumns, LogRowsAsync(
            (c, ct) => failures.ListAsync(companyId, c, PageSize, ct),
            f => new object?[] { f.File, Rome(f.EventAt), f.User, f.Reason })),
        ReportKind.Communications => new(report, CommunicationColumns, LogRowsAsync(
            (c, ct) => communications.ListAsync(companyId, c, PageSize, ct), c => new object?[]
            {
                c.File,
                c.Label ?? "",
                c.Kind == UploadKind.TirvRejection ? "Rigetto TIRV" : "Comunicazione libera",
                Rome(c.SentAt),
                c.User,
                c.Hash,
            })),
        ReportKind.Reminders => new(report, ReminderColumns, ReminderRowsAsync(companyId)),
        ReportKind.New => Letters(companyId, report, Section.New),
        ReportKind.ToWork => Letters(companyId, report, Section.ToWork),
        ReportKind.Cc => Letters(companyId, report, Section.Cc),
        _ => Letters(companyId, report, Section.Archive),
    };

    private ReportTable Letters(string companyId, ReportDefinition report, Section section)
    {
        var columns = LetterReportColumns.For(section);
        return new(report, [.. columns.Select(c => c.Column)], LetterRowsAsync(companyId, section, columns));
    }

    private async IAsyncEnumerable<object?[]> LetterRowsAsync(
        string companyId, Section section, IReadOnlyList<LetterReportColumn> columns,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in letters.PagesNewestFirstAsync(companyId, section, LetterPageSize, cancellationToken))
        {
            foreach (var view in views.Of(page))
            {
                yield return [.. columns.Select(c => c.Value(view))];
            }
        }
    }

    private async IAsyncEnumerable<object?[]> ReminderRowsAsync(
        string companyId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var size = ReminderPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? cursor = null;
        do
        {
            var page = await reminders.ListAsync(companyId, size, cursor, cancellationToken);
            foreach (var view in page.Items)
            {
                yield return ReminderRow(view);
            }
            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    private static async IAsyncEnumerable<object?[]> LogRowsAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> read, Func<T, object?[]> row,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await read(cursor, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return row(item);
            }
            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    private static object?[] ReminderRow(ReminderView view)
    {
        var r = view.Reminder;
        var l = view.Letter;
        return
        [
            r.Name,
            RomeDay(r.PublishedAt),
            r.LetterName,
            l is null ? null : RomeDay(l.PublishedAt),
            l?.Fields.CaseId,
            l?.Fields.Utility,
            l is null ? null : ServiceTypes.LabelOf(l.Fields.ServiceType),
            l?.Fields.CustomerName,
            l?.Fields.SupplyAddress,
            r.DownloadedAt is { } d ? Rome(d) : null,
            r.DownloadedBy,
        ];
    }

    /// <summary>Europe/Rome wall-clock time to the second, as the lists show it.</summary>
    internal static DateTime Rome(DateTimeOffset instant)
    {
        var rome = RomeTime.ToRome(instant).DateTime;
        return rome.AddTicks(-(rome.Ticks % TimeSpan.TicksPerSecond));
    }

    internal static DateOnly RomeDay(DateTimeOffset instant) => DateOnly.FromDateTime(Rome(instant));

    /// <summary>Manual 6.4 (fig. 9), as the web list shows them, without its actions.</summary>
    private static readonly IReadOnlyList<ReportColumn> ReminderColumns =
    [
        new("Sollecito", ReportCellFormat.Text, 34),
        new("Data Pubblicazione Sollecito", ReportCellFormat.Date, 14),
        new("Rif. Lettera", ReportCellFormat.Text, 30),
        new("Data Pubblicazione Lettera", ReportCellFormat.Date, 14),
        new("ID Caso", ReportCellFormat.Text, 12),
        new("Utenza", ReportCellFormat.Text, 24),
        new("Tipo Servizio", ReportCellFormat.Text, 14),
        new("Denominazione Cliente", ReportCellFormat.Text, 28),
        new("Indirizzo Fornitura", ReportCellFormat.Text, 32),
        new("Data Download", ReportCellFormat.DateTime, 20),
        new("Utente Download", ReportCellFormat.Text, 20),
    ];

    /// <summary>Manual 6.6, as the web list shows them.</summary>
    private static readonly IReadOnlyList<ReportColumn> CommunicationColumns =
    [
        new("Comunicazione", ReportCellFormat.Text, 34),
        new("Etichetta", ReportCellFormat.Text, 18),
        new("Tipo", ReportCellFormat.Text, 22),
        new("Data Caricamento", ReportCellFormat.DateTime, 20),
        new("Utente Caricamento", ReportCellFormat.Text, 20),
        new("HASH", ReportCellFormat.Text, 66),
    ];

    /// <summary>Manual 6.7 (fig. 13), word for word.</summary>
    private static readonly IReadOnlyList<ReportColumn> FailedUploadColumns =
    [
        new("File", ReportCellFormat.Text, 34),
        new("Data Evento", ReportCellFormat.DateTime, 20),
        new("Utente", ReportCellFormat.Text, 20),
        new("Motivo Errore", ReportCellFormat.Text, 70),
    ];
}
