namespace Portale.Core.Reports;

/// <summary>How a column's cells are written: text, a whole number, a date (gg/mm/aaaa) or a date and time (gg/mm/aaaa hh:mm:ss).</summary>
public enum ReportCellFormat
{
    Text,
    Number,
    Date,
    DateTime,
}

/// <summary>A column: the manual's header, word for word, its format and its width in characters.</summary>
public sealed record ReportColumn(string Header, ReportCellFormat Format, double Width);

/// <summary>
/// One report as rows of cells, ready for a writer. A cell is null (empty), a string, an int, a
/// <see cref="DateOnly"/> or a <see cref="DateTime"/> already in Europe/Rome wall-clock time.
/// </summary>
public sealed record ReportTable(ReportDefinition Definition, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>True when the section held more than <see cref="ReportBuilder.MaxRows"/> rows: the newest are kept.</summary>
    public bool Truncated { get; init; }
}

/// <summary>Writes a report as a file (the .xlsx adapter).</summary>
public interface IReportWriter
{
    /// <summary>The file's media type.</summary>
    string ContentType { get; }

    Task WriteAsync(ReportTable table, Stream output, CancellationToken cancellationToken);
}
