namespace Portale.Core.Reports;

/// <summary>
/// One report as rows of cells, ready for a writer. A cell is null (empty), a string, an int, a
/// <see cref="DateOnly"/> or a <see cref="DateTime"/> already in Europe/Rome wall-clock time.
/// </summary>
public sealed record ReportTable(
    ReportDefinition Definition, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>
    /// True when the section held more than <see cref="ReportBuilder.MaxRows"/> rows: the newest are kept.
    /// </summary>
    public bool Truncated { get; init; }
}
