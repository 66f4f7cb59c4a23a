namespace Portale.Core.Reports;

/// <summary>
/// How a column's cells are written: text, a whole number, a date
/// (gg/mm/aaaa) or a date and time (gg/mm/aaaa hh:mm:ss).
/// </summary>
public enum ReportCellFormat
{
    Text,
    Number,
    Date,
    DateTime,
}
