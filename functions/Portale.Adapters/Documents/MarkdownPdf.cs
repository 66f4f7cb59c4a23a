using System.Text.RegularExpressions;

namespace Portale.Adapters.Documents;

/// <summary>
/// A Markdown document (the operator manual, web/public/documenti) as a PDF through <see cref="PdfTextWriter"/>.
/// The subset the web page renders too (web/src/markdown): <c>#</c>–<c>###</c> headings, paragraphs, <c>-</c> and
/// <c>1.</c> list items, <c>&gt;</c> notes, <c>**bold**</c>, <c>`code`</c> and <c>[text](address)</c>; in the PDF
/// marks are dropped and an address that leaves the portal is written after its text.
/// </summary>
public static partial class MarkdownPdf
{
    private const double TextSize = 10;
    private static readonly double[] HeadingSizes = [18, 14, 11.5];

    public static byte[] Write(string markdown)
    {
        var pdf = new PdfTextWriter();
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count == 0)
            {
                return;
            }
            pdf.Line(Plain(string.Join(' ', paragraph)), TextSize);
            pdf.Space(TextSize * 0.6);
            paragraph.Clear();
        }
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (Heading().Match(line) is { Success: true } heading)
            {
                Flush();
                var size = HeadingSizes[heading.Groups[1].Length - 1];
                pdf.Space(size * 0.5);
                pdf.Line(Plain(heading.Groups[2].Value), size, strong: true);
                pdf.Space(size * 0.3);
            }
            else if (ListItem().Match(line) is { Success: true } item)
            {
                Flush();
                var marker = item.Groups[1].Value == "-" ? "•" : item.Groups[1].Value;
                pdf.Line($"{marker} {Plain(item.Groups[2].Value)}", TextSize, indent: 12);
            }
            else if (line.StartsWith('>'))
            {
                Flush();
                pdf.Line(Plain(line.TrimStart('>').Trim()), TextSize, indent: 12);
                pdf.Space(TextSize * 0.6);
            }
            else if (line.Length == 0)
            {
                Flush();
            }
            else
            {
                paragraph.Add(line);
            }
        }
        Flush();
        return pdf.Build();
    }

    /// <summary>The text without its marks; an external link keeps its address in brackets.</summary>
    public static string Plain(string text)
    {
        var linked = Link().Replace(text, m =>
        {
            var (label, address) = (m.Groups[1].Value, m.Groups[2].Value.Replace("mailto:", string.Empty, StringComparison.Ordinal));
            var external = address.StartsWith("http", StringComparison.Ordinal) || address.Contains('@', StringComparison.Ordinal);
            return external && address != label ? $"{label} ({address})" : label;
        });
        return linked.Replace("**", string.Empty, StringComparison.Ordinal).Replace("`", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(#{1,3})\s+(.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(-|\d+\.)\s+(.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
