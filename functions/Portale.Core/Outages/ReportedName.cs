namespace Portale.Core.Outages;

/// <summary>One name as the company gave it: typed, or a cell of the Excel file's first column (its row).</summary>
public sealed record ReportedName(string Text, int? Row = null);
