using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Portale.Adapters.DailyReports;

/// <summary>
/// Lays text and tables out on A4 landscape pages with PdfPig: words wrap within their column (long
/// unbroken values such as hashes break by character), and a table that reaches the bottom goes on
/// with its header repeated on the next page.
/// </summary>
internal sealed class PdfReportWriter
{
    private const double Margin = 36;
    private const double CellPadding = 3;
    private const double FontSize = 8;
    private const double LineHeight = FontSize * 1.3;

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private PdfPageBuilder page;
    private double y;

    public PdfReportWriter()
    {
        regular = builder.AddTrueTypeFont(Font("TitilliumWeb-Regular"));
        bold = builder.AddTrueTypeFont(Font("TitilliumWeb-Bold"));
        page = NewPage();
    }

    private double Width => page.PageSize.Width - (2 * Margin);

    public void Line(string text, double size, bool strong = false)
    {
        foreach (var line in Wrap(text, Width, size, strong ? bold : regular))
        {
            EnsureRoom(size * 1.3);
            page.AddText(line, size, new PdfPoint(Margin, y - size), strong ? bold : regular);
            y -= size * 1.3;
        }
    }

    public void Space(double height) => y -= height;

    /// <param name="widths">Relative column widths.</param>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<double> widths, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => (Width * w / total) - (2 * CellPadding)).ToList();
        Row(headers, columns, bold);
        foreach (var row in rows)
        {
            if (!Row(row, columns, regular, dryRun: true))
            {
                page = NewPage();
                Row(headers, columns, bold);
            }
            Row(row, columns, regular);
        }
    }

    public byte[] Build() => builder.Build();

    private static byte[] Font(string name)
    {
        using var stream = typeof(PdfReportWriter).Assembly.GetManifestResourceStream($"Portale.Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"Font {name} is not embedded in {typeof(PdfReportWriter).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Writes one row (or, in a dry run, only says whether it fits on this page).</summary>
    private bool Row(IReadOnlyList<string> cells, IReadOnlyList<double> columns, PdfDocumentBuilder.AddedFont font, bool dryRun = false)
    {
        var lines = cells.Select((c, i) => Wrap(c, columns[i], FontSize, font)).ToList();
        var height = (lines.Max(l => l.Count) * LineHeight) + (2 * CellPadding);
        if (dryRun)
        {
            return y - height >= Margin;
        }
        EnsureRoom(height);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            for (var l = 0; l < lines[i].Count; l++)
            {
                page.AddText(lines[i][l], FontSize, new PdfPoint(x + CellPadding, y - CellPadding - FontSize - (l * LineHeight)), font);
            }
            x += columns[i] + (2 * CellPadding);
        }
        y -= height;
        page.DrawLine(new PdfPoint(Margin, y), new PdfPoint(Margin + Width, y), 0.3);
        return true;
    }

    private void EnsureRoom(double height)
    {
        if (y - height < Margin)
        {
            page = NewPage();
        }
    }

    private PdfPageBuilder NewPage()
    {
        var added = builder.AddPage(PageSize.A4, isPortrait: false);
        y = added.PageSize.Height - Margin;
        return added;
    }

    private List<string> Wrap(string text, double width, double size, PdfDocumentBuilder.AddedFont font)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (Measure(candidate, size, font) <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            current = word;
            while (Measure(current, size, font) > width && current.Length > 1)
            {
                var fit = current.Length - 1;
                while (fit > 1 && Measure(current[..fit], size, font) > width)
                {
                    fit--;
                }
                lines.Add(current[..fit]);
                current = current[fit..];
            }
        }
        lines.Add(current);
        return lines;
    }

    private double Measure(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}
