using System.Collections.Concurrent;
using UglyToad.PdfPig.Fonts.TrueType;
using UglyToad.PdfPig.Fonts.TrueType.Parser;

namespace Portale.Adapters.Documents;

/// <summary>
/// A TrueType font embedded in this assembly (<c>Fonts/</c>), read once per process: its bytes, which
/// characters it has a glyph for, and how wide they are (so lines are measured without PdfPig's writer).
/// </summary>
public sealed class PdfFont
{
    private static readonly ConcurrentDictionary<string, PdfFont> Loaded = new(StringComparer.Ordinal);

    private readonly TrueTypeFont program;
    private readonly double unitsPerEm;

    private PdfFont(byte[] bytes)
    {
        Bytes = bytes;
        program = TrueTypeFontParser.Parse(new TrueTypeDataBytes(bytes));
        unitsPerEm = program.GetUnitsPerEm();
    }

    public byte[] Bytes { get; }

    public static PdfFont Named(string name) => Loaded.GetOrAdd(name, n => new PdfFont(Read(n)));

    /// <summary>True when the font has a glyph of its own (not .notdef) for the character.</summary>
    public bool Has(char c) => program.WindowsUnicodeCMap?.CharacterCodeToGlyphIndex(c) is > 0;

    public double Width(string text, double size) =>
        text.Sum(c => program.TryGetAdvanceWidth(c, out var advance) ? advance : 0) * size / unitsPerEm;

    private static byte[] Read(string name)
    {
        var assembly = typeof(PdfFont).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Portale.Fonts.{name}.ttf")
            ?? throw new InvalidOperationException($"Font {name} is not embedded in {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
