namespace Portale.Core.Reports;

/// <summary>
/// The rows of a report, read from the same services and with the same rules as the section lists
/// (offline letters left out, Giorni a scadenza risposta from the calendar and the clock), newest
/// first, page by page through the lists' cursors: never one round trip per letter. At most
/// <see cref="MaxRows"/> rows (the newest); see docs/api.md for the cost.
/// </summary>
public sealed class ReportBuilder(
    LetterLister letters,
    LetterViews views,
    ReminderLister reminders,
    ICommunicationLog communications,
    IFailedUploadLog failures)
{
    public const int DefaultMaxRows = 20_000;

    /// <summary>Letters and log rows read per round trip (the index query holds the whole letter).</summary>
    public const int PageSize = 500;

    /// <summary>
    /// Solleciti per page: the largest page the reminder list serves (each
    /// page also reads its letters, 14 names a query).
    /// </summary>
    public const int ReminderPageSize = 100;

    public int MaxRows { get; init; } = DefaultMaxRows;

    public Task<ReportTable> BuildAsync(
        string companyId, ReportDefinition report, CancellationToken cancellationToken) =>
        report.Kind switch
    {
        ReportKind.FailedUploads => FailedUploadsAsync(companyId, report, cancellationToken),
        ReportKind.Communications => CommunicationsAsync(companyId, report, cancellationToken),
        ReportKind.Reminders => RemindersAsync(companyId, report, cancellationToken),
        ReportKind.New => LettersAsync(companyId, report, Section.New, cancellationToken),
        ReportKind.ToWork => LettersAsync(companyId, report, Section.ToWork, cancellationToken),
        ReportKind.Cc => LettersAsync(companyId, report, Section.Cc, cancellationToken),
        _ => LettersAsync(companyId, report, Section.Archive, cancellationToken),
    };

    private async Task<ReportTable> LettersAsync(
        string companyId, ReportDefinition report, Section section, CancellationToken cancellationToken)
    {
        var columns = LetterReportColumns.For(section);
        var rows = new List<object?[]>();
        var query = new LetterQuery(section, new LetterFilter(), LetterSort.Default, PageSize, null);
        while (true)
        {
            var page = await letters.ListAsync(companyId, query, cancellationToken);
            rows.AddRange(views.Of(page.Items).Select(v => columns.Select(c => c.Value(v)).ToArray()));
            if (page.NextCursor is null)
            {
                return Table(report, columns.Select(c => c.Column).ToList(), rows, truncated: false);
            }
            if (rows.Count >= MaxRows)
            {
                return Table(report, columns.Select(c => c.Column).ToList(), rows, truncated: true);
            }
            if (!PageCursor.TryDecode(page.NextCursor, query.Fingerprint, out var cursor))
            {
                throw new InvalidOperationException("The section list returned a cursor for another query.");
            }
            query = query with { Cursor = cursor };
        }
    }

    private async Task<ReportTable> RemindersAsync(
        string companyId, ReportDefinition report, CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        var size = ReminderPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? cursor = null;
        while (true)
        {
            var page = await reminders.ListAsync(companyId, size, cursor, cancellationToken);
            rows.AddRange(page.Items.Select(v => ReminderRow(v)));
            if (page.NextCursor is null || rows.Count >= MaxRows)
            {
                return Table(report, ReminderColumns, rows, truncated: page.NextCursor is not null);
            }
            cursor = page.NextCursor;
        }
    }

    private async Task<ReportTable> CommunicationsAsync(
        string companyId, ReportDefinition report, CancellationToken cancellationToken)
    {
        var rows =
            await LogRowsAsync((c, ct) => communications.ListAsync(companyId, c, PageSize, ct), c => new object?[]
        {
            c.File,
            c.Label ?? "",
            c.Kind == UploadKind.TirvRejection ? "Rigetto TIRV" : "Comunicazione libera",
            Rome(c.SentAt),
            c.User,
            c.Hash,
        }, cancellationToken);
        return Table(report, CommunicationColumns, rows.Rows, rows.Truncated);
    }

    private async Task<ReportTable> FailedUploadsAsync(
        string companyId, ReportDefinition report, CancellationToken cancellationToken)
    {
        var rows = await LogRowsAsync((c, ct) => failures.ListAsync(companyId, c, PageSize, ct),
            f => new object?[] { f.File, Rome(f.EventAt), f.User, f.Reason }, cancellationToken);
        return Table(report, FailedUploadColumns, rows.Rows, rows.Truncated);
    }

    private async Task<(List<object?[]> Rows, bool Truncated)> LogRowsAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> read, Func<T, object?[]> row,
        CancellationToken cancellationToken)
    {
        var rows = new List<object?[]>();
        string? cursor = null;
        while (true)
        {
            var page = await read(cursor, cancellationToken);
            rows.AddRange(page.Items.Select(row));
            if (page.NextCursor is null || rows.Count >= MaxRows)
            {
                return (rows, page.NextCursor is not null);
            }
            cursor = page.NextCursor;
        }
    }

    private ReportTable Table(
        ReportDefinition report, IReadOnlyList<ReportColumn> columns, List<object?[]> rows, bool truncated) =>
        new(
            report, columns,
            rows.Count > MaxRows ? rows.GetRange(0, MaxRows) : rows) { Truncated = truncated || rows.Count > MaxRows };

    private object?[] ReminderRow(ReminderView view)
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
