namespace Portale.Core.Reports;

/// <summary>
/// One report as rows of cells, ready for a writer, read as the writer consumes them (a report holds every row of
/// its section, so they are never all in memory). A cell is null (empty), a string, an int, a
/// <see cref="DateOnly"/> or a <see cref="DateTime"/> already in Europe/Rome wall-clock time.
/// </summary>
public sealed record ReportTable(
    ReportDefinition Definition, IReadOnlyList<ReportColumn> Columns, IAsyncEnumerable<object?[]> Rows);
