using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Portale.Adapters.Documents;

/// <summary>
/// The one writer of the PDFs the portal makes (daily report, solleciti, demo letters and solleciti, the
/// test documents): lines and tables of text on A4 pages with PdfPig, in Titillium Web with DejaVu Sans
/// for the characters it lacks (<see cref="PdfTypeface"/>), so any Unicode text prints or is replaced,
/// never refused. Words wrap within their width (long unbroken values such as hashes break by
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
    private readonly PdfTypeface regular;
    private readonly PdfTypeface bold;
    private PdfPageBuilder page;
    private int pageNumber;
    private double y;

    public PdfTextWriter(bool landscape = false)
    {
        this.landscape = landscape;
        regular = new PdfTypeface(builder, PdfFont.Named("TitilliumWeb-Regular"), PdfFont.Named("DejaVuSans"));
        bold = new PdfTypeface(builder, PdfFont.Named("TitilliumWeb-Bold"), PdfFont.Named("DejaVuSans-Bold"));
        page = NewPage();
    }

    private double Width => page.PageSize.Width - (2 * Margin);

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

    /// <param name="indent">Points from the left margin (a list item's text), the width shrinking by as much.</param>
    public void Line(string text, double size, bool strong = false, double indent = 0)
    {
        var font = strong ? bold : regular;
        foreach (var line in Wrap(font.Drawable(text), Width - indent, size, font))
        {
            EnsureRoom(size * 1.3);
            font.Draw(page, line, size, Margin + indent, y - size);
            y -= size * 1.3;
        }
    }

    /// <summary>
    /// A framed box across the page, <paramref name="height"/> points high, on this page if it fits: where a form
    /// field goes (<see cref="PdfFormFields"/>). Returns its 1-based page and its rectangle.
    /// </summary>
    public PdfFieldArea Box(double height)
    {
        EnsureRoom(height);
        var area = new PdfRectangle(Margin, y - height, Margin + Width, y);
        page.DrawRectangle(area.BottomLeft, area.Width, area.Height, 0.5);
        y -= height;
        return new PdfFieldArea(pageNumber, area);
    }

    /// <summary>A square box (a check box's place) with its label on the right; returns the square.</summary>
    public PdfFieldArea CheckRow(string label, double size)
    {
        var side = size * 1.2;
        EnsureRoom(side + 4);
        var square = new PdfRectangle(Margin, y - side, Margin + side, y);
        page.DrawRectangle(square.BottomLeft, side, side, 0.5);
        var font = regular;
        font.Draw(page, font.Drawable(label), size, Margin + side + 6, y - size);
        y -= side + 4;
        return new PdfFieldArea(pageNumber, square);
    }

    public void Space(double height) => y -= height;

    /// <param name="widths">Relative column widths.</param>
    public void Table(
        IReadOnlyList<string> headers, IReadOnlyList<double> widths, IReadOnlyList<IReadOnlyList<string>> rows)
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

    /// <summary>Writes one row (or, in a dry run, only says whether it fits on this page).</summary>
    private bool Row(IReadOnlyList<string> cells, IReadOnlyList<double> columns, PdfTypeface font, bool dryRun = false)
    {
        var lines = cells.Select((c, i) => Wrap(font.Drawable(c), columns[i], FontSize, font)).ToList();
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
                font.Draw(page, lines[i][l], FontSize, x + CellPadding, y - CellPadding - FontSize - (l * LineHeight));
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
        pageNumber++;
        y = added.PageSize.Height - Margin;
        return added;
    }

    private static List<string> Wrap(string text, double width, double size, PdfTypeface font)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (font.Width(candidate, size) <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            current = word;
            while (font.Width(current, size) > width && current.Length > 1)
            {
                var fit = current.Length - 1;
                while (fit > 1 && font.Width(current[..fit], size) > width)
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
}
