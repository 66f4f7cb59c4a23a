namespace Portale.Core.Reports;

/// <summary>A column: the manual's header, word for word, its format and its width in characters.</summary>
public sealed record ReportColumn(string Header, ReportCellFormat Format, double Width);
