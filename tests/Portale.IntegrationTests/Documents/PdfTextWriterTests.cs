using Portale.Adapters.Documents;
using Portale.Adapters.Uploads;
using Portale.Core.Uploads;
using UglyToad.PdfPig;

namespace Portale.IntegrationTests.Documents;

/// <summary>The one writer of the portal's own PDFs, read back with PdfPig.</summary>
public sealed class PdfTextWriterTests
{
    [Fact]
    public void Lines_make_one_portrait_A4_page_with_the_text_accents_included()
    {
        var pdf = PdfTextWriter.Lines("Lettera L-P-26-9000001_01.PDF", "Perché è così: città, più, già.");

        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages());
        Assert.Equal((595, 842), ((int)page.Width, (int)page.Height));
        Assert.Contains("Lettera L-P-26-9000001_01.PDF", page.Text);
        Assert.Contains("Perché è così: città, più, già.", page.Text);
    }

    [Fact]
    public async Task What_it_writes_is_a_PDF_the_portal_accepts()
    {
        var pdf = PdfTextWriter.Lines("Risposta");

        Assert.Equal(PdfCheck.Valid, (await new PdfPigInspector().InspectAsync(new MemoryStream(pdf), CancellationToken.None)).Check);
    }

    [Fact]
    public void Different_texts_make_different_documents()
    {
        Assert.NotEqual(PdfTextWriter.Lines("prima"), PdfTextWriter.Lines("seconda"));
    }

    [Fact]
    public void A_long_table_goes_on_over_landscape_pages_with_its_header_repeated()
    {
        var writer = new PdfTextWriter(landscape: true);
        writer.Line("Riepilogo", 14, strong: true);
        var rows = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string>)[$"riga{i:D2}", new string('a', 120)]).ToList();
        writer.Table(["Lettera", "HASH"], [1, 1], rows);

        using var document = PdfDocument.Open(writer.Build());
        var pages = document.GetPages().ToList();
        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.True(p.Width > p.Height));
        Assert.All(pages, p => Assert.Contains("HASH", p.Text));
        Assert.Contains("riga80", pages[^1].Text);
        Assert.All(pages.SelectMany(p => p.Letters), l => Assert.InRange(l.BoundingBox.Right, 0, pages[0].Width - 30));
    }

    [Fact]
    public void Any_Unicode_text_prints_through_the_fallback_font_or_the_replacement_character_never_an_error()
    {
        var pdf = PdfTextWriter.Lines("Avviso 😀 urgente", "Ελληνικά и кириллица ✓ ★ → ∑", "riga\tcon\ncontrolli", "中文");

        using var document = PdfDocument.Open(pdf);
        var text = Assert.Single(document.GetPages()).Text;
        Assert.Contains("Avviso", text);
        Assert.Contains("\uFFFD", text);
        Assert.Contains("urgente", text);
        Assert.Contains("Ελληνικά", text);
        Assert.Contains("кириллица", text);
        Assert.Contains("✓", text);
        Assert.Contains("→", text);
        Assert.Contains("controlli", text);
    }

    [Fact]
    public void More_distinct_characters_than_one_embedded_font_can_map_still_print()
    {
        // PdfPig maps at most 255 characters to one embedded font: 400 distinct ones need more copies.
        var many = new string(Enumerable.Range(0x0400, 200).Concat(Enumerable.Range(0x00C0, 100)).Concat(Enumerable.Range(0x0391, 50))
            .Select(c => (char)c).Where(c => char.IsLetter(c)).ToArray());
        var writer = new PdfTextWriter();
        foreach (var chunk in many.Chunk(40))
        {
            writer.Line(new string(chunk), 10);
        }
        writer.Table(["Colonna"], [1], [.. many.Chunk(30).Select(c => (IReadOnlyList<string>)[new string(c)])]);

        using var document = PdfDocument.Open(writer.Build());
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.All(many.Where(c => !char.IsWhiteSpace(c)), c => Assert.Contains(c, text));
    }
}
