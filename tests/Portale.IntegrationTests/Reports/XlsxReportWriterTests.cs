using ClosedXML.Excel;
using Portale.Adapters.Reports;
using Portale.Core.Reports;

namespace Portale.IntegrationTests.Reports;

/// <summary>The .xlsx adapter alone: cell types, formats, frozen bold header and autofilter, read back by ClosedXML.</summary>
public sealed class XlsxReportWriterTests
{
    [Fact]
    public async Task Cells_keep_their_types_and_formats_under_a_frozen_filtered_header()
    {
        var table = new ReportTable(ReportCatalog.Find("archive")!,
            [new("Lettera", ReportCellFormat.Text, 30), new("Data Pubblicazione", ReportCellFormat.Date, 14), new("Data Risposta", ReportCellFormat.DateTime, 20), new("Giorni", ReportCellFormat.Number, 10)],
            Rows(["=1+1", new DateOnly(2026, 3, 10), new DateTime(2026, 3, 11, 10, 15, 30), 7], ["00123", null, null, null], ["a\u0001b & <c>", null, null, -2]));
        using var file = new MemoryStream();

        await new XlsxReportWriter().WriteAsync(table, file, CancellationToken.None);

        file.Position = 0;
        using var workbook = new XLWorkbook(file);
        var ws = workbook.Worksheet(1);
        // The manual's name, cut to Excel's 31 characters.
        Assert.Equal("Report archivio lettere con ris", ws.Name);
        Assert.Equal("Lettera", ws.Cell(1, 1).GetString());
        Assert.True(ws.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, ws.SheetView.SplitRow);
        Assert.Equal("A1:D4", ws.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(XLDataType.Text, ws.Cell(2, 1).DataType);
        Assert.Equal("=1+1", ws.Cell(2, 1).GetString());
        Assert.False(ws.Cell(2, 1).HasFormula);
        Assert.Equal("00123", ws.Cell(3, 1).GetString());
        Assert.Equal(XLDataType.Text, ws.Cell(3, 1).DataType);
        Assert.Equal("ab & <c>", ws.Cell(4, 1).GetString());
        Assert.Equal(new DateTime(2026, 3, 10), ws.Cell(2, 2).GetDateTime());
        Assert.Equal(new DateTime(2026, 3, 11, 10, 15, 30), ws.Cell(2, 3).GetDateTime());
        Assert.Equal("dd/mm/yyyy", ws.Cell(2, 2).Style.DateFormat.Format);
        Assert.Equal("dd/mm/yyyy hh:mm:ss", ws.Cell(2, 3).Style.DateFormat.Format);
        Assert.Equal(7, ws.Cell(2, 4).GetValue<int>());
        Assert.Equal(-2, ws.Cell(4, 4).GetValue<int>());
        Assert.True(ws.Cell(3, 2).IsEmpty());
        Assert.Equal(30, ws.Column(1).Width);
        Assert.Equal(4, ws.LastRowUsed()!.RowNumber());
    }

    private static async IAsyncEnumerable<object?[]> Rows(params object?[][] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
