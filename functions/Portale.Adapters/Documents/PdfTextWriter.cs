using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Portale.Adapters.Documents;

/// <summary>
/// The one writer of the PDFs the portal makes (daily report, demo letters and solleciti, the test
/// documents): lines and tables of text on A4 pages with PdfPig, in Titillium Web so that Italian
/// accents print. Words wrap within their width (long unbroken values such as hashes break by
/// character); a table that reaches the bottom goes on with its header repeated on the next page.
/// </summary>
public sealed class PdfTextWriter
{
    private const double Margin = 36;
    private const double CellPadding = 3;
    private const double FontSize = 8;
    private const double LineHeight = FontSize * 1.3;

    private readonly PdfDocumentBuilder builder = new();
    private readonly bool landscape;
    private readonly PdfDocumentBuilder.AddedFont regular;
    private PdfDocumentBuilder.AddedFont? bold;
    private PdfPageBuilder page;
    private double y;

    public PdfTextWriter(bool landscape = false)
    {
        this.landscape = landscape;
        regular = builder.AddTrueTypeFont(Font("TitilliumWeb-Regular"));
        page = NewPage();
    }

    private double Width => page.PageSize.Width - (2 * Margin);

    private PdfDocumentBuilder.AddedFont Bold => bold ??= builder.AddTrueTypeFont(Font("TitilliumWeb-Bold"));

    /// <summary>
    /// A portrait page with one line of 11-point text each: a document whose content does not matter.
    /// </summary>
    public static byte[] Lines(params string[] lines)
    {
        var pdf = new PdfTextWriter();
        foreach (var line in lines)
        {
            pdf.Line(line, 11);
        }
        return pdf.Build();
    }

    public void Line(string text, double size, bool strong = false)
    {
        var font = strong ? Bold : regular;
        foreach (var line in Wrap(text, Width, size, font))
        {
            EnsureRoom(size * 1.3);
            page.AddText(line, size, new PdfPoint(Margin, y - size), font);
            y -= size * 1.3;
        }
    }

    public void Space(double height) => y -= height;

    /// <param name="widths">Relative column widths.</param>
    public void Table(
        IReadOnlyList<string> headers, IReadOnlyList<double> widths, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var total = widths.Sum();
        var columns = widths.Select(w => (Width * w / total) - (2 * CellPadding)).ToList();
        Row(headers, columns, Bold);
        foreach (var row in rows)
        {
            if (!Row(row, columns, regular, dryRun: true))
            {
                page = NewPage();
                Row(headers, columns, Bold);
            }
            Row(row, columns, regular);
        }
    }

    public byte[] Build() => builder.Build();

    private static byte[] Font(string name)
    {
        var assembly = typeof(PdfTextWriter).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Portale.Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"Font {name} is not embedded in {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Writes one row (or, in a dry run, only says whether it fits on this page).</summary>
    private bool Row(
        IReadOnlyList<string> cells, IReadOnlyList<double> columns, PdfDocumentBuilder.AddedFont font,
        bool dryRun = false)
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
                var at = new PdfPoint(x + CellPadding, y - CellPadding - FontSize - (l * LineHeight));
                page.AddText(lines[i][l], FontSize, at, font);
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
        var added = builder.AddPage(PageSize.A4, isPortrait: !landscape);
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
