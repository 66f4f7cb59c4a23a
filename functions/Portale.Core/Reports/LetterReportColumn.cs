namespace Portale.Core.Reports;

/// <summary>
/// A letter column of a report: its header and how its cell is read from the letter as the list computes it.
/// </summary>
public sealed record LetterReportColumn(ReportColumn Column, Func<LetterView, object?> Value);
