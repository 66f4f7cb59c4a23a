using System.IO.Compression;
using System.Security;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Portale.Adapters.Reports;

/// <summary>
/// A report as an Excel workbook, written as its rows arrive (docs/decisions/0013-streamed-reports.md): the
/// package's parts straight into a zip, the sheet with DocumentFormat.OpenXml's <see cref="OpenXmlWriter"/>, so
/// memory holds one row whatever the report's size. One sheet, the header row bold and frozen with an
/// autofilter, dates as real Excel dates (already Europe/Rome) shown gg/mm/aaaa or gg/mm/aaaa hh:mm:ss, text
/// as inline strings (never a formula, even "=1+1"), fixed column widths (measuring text would need GDI+).
/// </summary>
public sealed class XlsxReportWriter : IReportWriter
{
    public const string DateFormat = "dd/mm/yyyy";
    public const string DateTimeFormat = "dd/mm/yyyy hh:mm:ss";

    // Cell styles of styles.xml, by position in cellXfs.
    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint DateTimeStyle = 3;

    /// <summary>The file's width counts the cell padding too (Calibri 11): Excel then shows the column's width.</summary>
    private const double ColumnPadding = 0.710625;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(ReportTable table, Stream output, CancellationToken cancellationToken)
    {
        // A sheet name holds at most 31 characters.
        var sheetName = table.Definition.Title.Length > 31 ? table.Definition.Title[..31] : table.Definition.Title;
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Text(zip, "[Content_Types].xml", ContentTypes);
        Text(zip, "_rels/.rels",
            $"""<Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Text(zip, "xl/_rels/workbook.xml.rels",
            $"""<Relationships xmlns="{PackageRelationships}"><Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{Relationships}/styles" Target="styles.xml"/></Relationships>""");
        Text(zip, "xl/styles.xml", Styles().OuterXml);
        int rows;
        await using (var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open())
        {
            rows = await WriteSheetAsync(table, sheet, cancellationToken);
        }
        // Written last: the autofilter's range is known once the rows are.
        var range = $"'{sheetName.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${ColumnName(table.Columns.Count)}${rows + 1}";
        Text(zip, "xl/workbook.xml",
            $"""<workbook xmlns="{Main}" xmlns:r="{Relationships}"><bookViews><workbookView/></bookViews><sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">{SecurityElement.Escape(range)}</definedName></definedNames></workbook>""");
    }

    /// <summary>The sheet, row by row; returns the number of data rows.</summary>
    private static async Task<int> WriteSheetAsync(ReportTable table, Stream sheet, CancellationToken cancellationToken)
    {
        using var writer = OpenXmlWriter.Create(sheet);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        {
            TabSelected = true, WorkbookViewId = 0,
        }));
        writer.WriteElement(new Columns(table.Columns.Select((c, i) => new Column
        {
            Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width + ColumnPadding, CustomWidth = true,
        })));
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row { RowIndex = 1 });
        foreach (var column in table.Columns)
        {
            WriteText(writer, column.Header, HeaderStyle);
        }
        writer.WriteEndElement();
        var count = 0;
        await foreach (var row in table.Rows.WithCancellation(cancellationToken))
        {
            writer.WriteStartElement(new Row { RowIndex = (uint)(count + 2) });
            for (var c = 0; c < table.Columns.Count; c++)
            {
                WriteCell(writer, row[c], table.Columns[c].Format);
            }
            writer.WriteEndElement();
            count++;
        }
        writer.WriteEndElement(); // sheetData
        writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(table.Columns.Count)}{count + 1}" });
        writer.WriteEndElement(); // worksheet
        writer.Close();
        return count;
    }

    private static void WriteCell(OpenXmlWriter writer, object? value, ReportCellFormat format)
    {
        switch (value)
        {
            case null:
                writer.WriteElement(new Cell());
                return;
            case DateOnly day:
                WriteNumber(writer, day.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle);
                return;
            case DateTime instant:
                WriteNumber(writer, instant.ToOADate(), format == ReportCellFormat.Date ? DateStyle : DateTimeStyle);
                return;
            case int number:
                WriteNumber(writer, number, null);
                return;
            default:
                // Text stays text, even when it looks like a number (ID Caso, Utenza) or a formula.
                WriteText(writer, value.ToString() ?? "", null);
                return;
        }
    }

    private static void WriteNumber(OpenXmlWriter writer, double value, uint? style)
    {
        var cell = new Cell { CellValue = new CellValue(value) };
        if (style is { } s)
        {
            cell.StyleIndex = s;
        }
        writer.WriteElement(cell);
    }

    private static void WriteText(OpenXmlWriter writer, string text, uint? style)
    {
        var cell = new Cell(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
        };
        if (style is { } s)
        {
            cell.StyleIndex = s;
        }
        writer.WriteElement(cell);
    }

    /// <summary>XML 1.0 cannot carry most control characters: they are dropped, as Excel would not show them.</summary>
    private static string Clean(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r')
            ? string.Concat(text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r'))
            : text;

    /// <summary>Excel's name of the 1-based column <paramref name="number"/>: 1 → A, 27 → AA.</summary>
    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            name = (char)('A' + ((number - 1) % 26)) + name;
        }
        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = DateFormat },
            new NumberingFormat { NumberFormatId = 165, FormatCode = DateTimeFormat }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE6EEF7" }) { PatternType = PatternValues.Solid }))
        {
            Count = 3,
        },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true })
        {
            Count = 4,
        });

    private static void Text(ZipArchive zip, string path, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(path, CompressionLevel.Fastest).Open(), new System.Text.UTF8Encoding(false));
        writer.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""");
        writer.Write(xml);
    }

    private const string ContentTypes =
        """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";
}
