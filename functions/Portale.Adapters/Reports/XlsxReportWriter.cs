using ClosedXML.Excel;

namespace Portale.Adapters.Reports;

/// <summary>
/// A report as an Excel workbook (ClosedXML): one sheet, the header row bold and frozen with an
/// autofilter, dates as real Excel dates (already Europe/Rome) shown gg/mm/aaaa or gg/mm/aaaa hh:mm:ss,
/// fixed column widths (measuring text would need GDI+, absent on Linux).
/// </summary>
public sealed class XlsxReportWriter : IReportWriter
{
    public const string DateFormat = "dd/mm/yyyy";
    public const string DateTimeFormat = "dd/mm/yyyy hh:mm:ss";

    /// <summary>Written under the rows when the section held more than the report may carry.</summary>
    public static string TruncatedNote(int rows) =>
        $"Il report riporta solo le {rows.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.')} " +
            "righe più recenti.";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(ReportTable table, Stream output, CancellationToken cancellationToken)
    {
        using var workbook = new XLWorkbook();
        // A sheet name holds at most 31 characters.
        var sheet = workbook.Worksheets.Add(
            table.Definition.Title.Length > 31 ? table.Definition.Title[..31] : table.Definition.Title);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var header = sheet.Cell(1, c + 1);
            header.SetValue(column.Header);
            sheet.Column(c + 1).Width = column.Width;
        }
        var headerRow = sheet.Range(1, 1, 1, table.Columns.Count);
        headerRow.Style.Font.Bold = true;
        headerRow.Style.Fill.BackgroundColor = XLColor.FromHtml("#E6EEF7");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = table.Rows[r];
            for (var c = 0; c < table.Columns.Count; c++)
            {
                Write(sheet.Cell(r + 2, c + 1), row[c], table.Columns[c].Format);
            }
        }
        sheet.Range(1, 1, Math.Max(1, table.Rows.Count) + 1, table.Columns.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        if (table.Truncated)
        {
            sheet.Cell(table.Rows.Count + 3, 1).SetValue(TruncatedNote(table.Rows.Count)).Style.Font.Italic = true;
        }
        // ClosedXML writes synchronously: build in memory, then copy to the response asynchronously.
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static void Write(IXLCell cell, object? value, ReportCellFormat format)
    {
        switch (value)
        {
            case null:
                return;
            case DateOnly day:
                cell.SetValue(day.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = DateFormat;
                return;
            case DateTime instant:
                cell.SetValue(instant);
                cell.Style.DateFormat.Format = format == ReportCellFormat.Date ? DateFormat : DateTimeFormat;
                return;
            case int number:
                cell.SetValue(number);
                return;
            default:
                // Text stays text, even when it looks like a number (ID Caso, Utenza) or a formula.
                cell.SetValue(value.ToString() ?? "");
                cell.DataType = XLDataType.Text;
                return;
        }
    }
}
