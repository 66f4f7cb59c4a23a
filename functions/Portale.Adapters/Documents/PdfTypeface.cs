using System.Text;
using UglyToad.PdfPig.Writer;

namespace Portale.Adapters.Documents;

/// <summary>
/// One weight of the documents' type in one document: Titillium Web (the Italian public administration's
/// typeface) first, DejaVu Sans (wide coverage: Greek, Cyrillic, symbols, arrows, dingbats…) for the
/// characters it lacks, and U+FFFD (drawn by DejaVu Sans) for what neither has, such as emoji beyond the
/// Basic Multilingual Plane: a text never stops a document. PdfPig maps at most 255 characters to one
/// embedded copy of a font, so a copy that fills up gives way to another copy of the same font.
/// </summary>
public sealed class PdfTypeface(PdfDocumentBuilder builder, PdfFont primary, PdfFont fallback)
{
    public const char Replacement = '\uFFFD';

    // Below PdfPig's 255 codes per font, with room for one more run.
    private const int CharactersPerCopy = 200;

    private readonly Dictionary<PdfFont, List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Used)>> copies = [];

    /// <summary>The text with every character one of the two fonts can draw (controls become spaces).</summary>
    public string Drawable(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune))
            {
                result.Append(' ');
            }
            else if (rune.IsBmp && (primary.Has((char)rune.Value) || fallback.Has((char)rune.Value)))
            {
                result.Append((char)rune.Value);
            }
            else
            {
                result.Append(Replacement);
            }
        }
        return result.ToString();
    }

    /// <summary>The width of a <see cref="Drawable"/> text.</summary>
    public double Width(string text, double size) => Runs(text).Sum(r => r.Font.Width(r.Text, size));

    /// <summary>Draws a <see cref="Drawable"/> text from <paramref name="x"/> on the baseline <paramref name="y"/>.</summary>
    public void Draw(PdfPageBuilder page, string text, double size, double x, double y)
    {
        foreach (var (run, font) in Runs(text))
        {
            page.AddText(run, size, new UglyToad.PdfPig.Core.PdfPoint(x, y), CopyFor(font, run));
            x += font.Width(run, size);
        }
    }

    private IEnumerable<(string Text, PdfFont Font)> Runs(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || FontOf(text[i]) != FontOf(text[start]) || i - start >= CharactersPerCopy)
            {
                if (i > start)
                {
                    yield return (text[start..i], FontOf(text[start]));
                }
                start = i;
            }
        }
    }

    private PdfFont FontOf(char c) => primary.Has(c) ? primary : fallback;

    private PdfDocumentBuilder.AddedFont CopyFor(PdfFont font, string run)
    {
        if (!copies.TryGetValue(font, out var list))
        {
            copies[font] = list = [];
        }
        var needed = run.ToHashSet();
        foreach (var (added, used) in list)
        {
            if (used.Count + needed.Count(c => !used.Contains(c)) <= CharactersPerCopy)
            {
                used.UnionWith(needed);
                return added;
            }
        }
        var copy = builder.AddTrueTypeFont(font.Bytes);
        list.Add((copy, needed));
        return copy;
    }
}
