using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Portale.Adapters.Documents;

/// <summary>
/// Makes a PDF written by <see cref="PdfTextWriter"/> a form a person can fill in a PDF reader: an
/// incremental update (PDF 32000-1 §7.5.6) appends the fields' widgets, each page with its widgets and a
/// catalog with an AcroForm, leaving the original bytes as they are. PdfPig's writer has no form fields;
/// its token writer writes the new objects. Text fields are drawn by the reader (NeedAppearances), check
/// boxes carry their own on/off appearances, signature fields are left empty for a digital signature.
/// </summary>
public static class PdfFormFields
{
    private const string FontResource = "Helv";
    private const string DefaultAppearance = "/Helv 10 Tf 0 g";

    public static byte[] Add(byte[] pdf, IReadOnlyList<PdfFormField> fields)
    {
        using var document = PdfDocument.Open(pdf);
        var structure = document.Structure;
        var trailer = structure.Trailer;
        var pages = PageReferences(structure, structure.Catalog.CatalogDictionary);
        var update = new Update(pdf, trailer.Size);

        var font = update.Add(Dictionary(
            ("Type", N("Font")), ("Subtype", N("Type1")), ("BaseFont", N("Helvetica")),
            ("Encoding", N("WinAnsiEncoding"))));
        var checkedLook = update.Add(Appearance("q 0 g BT /ZaDb 10 Tf 2 2.5 Td (4) Tj ET Q"));
        var uncheckedLook = update.Add(Appearance(string.Empty));
        var widgets = new List<IndirectReferenceToken>();
        var byPage = new Dictionary<int, List<IToken>>();
        foreach (var field in fields)
        {
            var page = pages[field.Area.Page - 1];
            var widget = update.Add(Widget(field, page, checkedLook, uncheckedLook));
            widgets.Add(widget);
            (byPage.TryGetValue(field.Area.Page, out var list) ? list : byPage[field.Area.Page] = []).Add(widget);
        }
        foreach (var (number, added) in byPage)
        {
            var reference = pages[number - 1];
            var original = (DictionaryToken)structure.GetObject(reference.Data).Data;
            var annotations = original.TryGet<ArrayToken>(NameToken.Annots, out var existing) ? existing!.Data : [];
            update.Replace(reference.Data, original.With(NameToken.Annots, new ArrayToken([.. annotations, .. added])));
        }
        var form = update.Add(Dictionary(
            ("Fields", new ArrayToken(widgets)),
            ("NeedAppearances", BooleanToken.True),
            ("DA", new StringToken(DefaultAppearance)),
            ("DR", Dictionary(("Font", Dictionary((FontResource, font)))))));
        var catalog = structure.Catalog.CatalogDictionary.With(NameToken.AcroForm, form);
        update.Replace(trailer.Root, catalog);
        return update.Build(trailer.Root, structure.XrefOffset);
    }

    private static DictionaryToken Widget(
        PdfFormField field, IndirectReferenceToken page, IndirectReferenceToken on, IndirectReferenceToken off)
    {
        var r = field.Area.Rectangle;
        var entries = new List<(string, IToken)>
        {
            ("Type", N("Annot")), ("Subtype", N("Widget")), ("F", new NumericToken(4)), ("P", page),
            ("T", new StringToken(field.Name)), ("TU", new StringToken(field.Label)),
            ("Rect", new ArrayToken([new NumericToken(r.Left), new NumericToken(r.Bottom),
                new NumericToken(r.Right), new NumericToken(r.Top)])),
            ("MK", Dictionary(("BC", new ArrayToken([new NumericToken(0)])))),
        };
        switch (field.Kind)
        {
            case PdfFieldKind.Text:
                entries.Add(("FT", N("Tx")));
                entries.Add(("DA", new StringToken(DefaultAppearance)));
                break;
            case PdfFieldKind.CheckBox:
                entries.Add(("FT", N("Btn")));
                entries.Add(("V", N("Off")));
                entries.Add(("AS", N("Off")));
                entries.Add(("DA", new StringToken("/ZaDb 10 Tf 0 g")));
                entries.Add(("AP", Dictionary(("N", Dictionary(("Yes", on), ("Off", off))))));
                break;
            case PdfFieldKind.Signature:
                entries.Add(("FT", N("Sig")));
                break;
        }
        return Dictionary([.. entries]);
    }

    /// <summary>A check box's look: a 12 × 12 form XObject (the tick is ZapfDingbats' "4").</summary>
    private static StreamToken Appearance(string content)
    {
        var bytes = Encoding.ASCII.GetBytes(content);
        var dingbats = Dictionary(
            ("Type", N("Font")), ("Subtype", N("Type1")), ("BaseFont", N("ZapfDingbats")));
        return new StreamToken(Dictionary(
            ("Type", N("XObject")), ("Subtype", N("Form")),
            ("BBox", new ArrayToken([new NumericToken(0), new NumericToken(0), new NumericToken(12), new NumericToken(12)])),
            ("Resources", Dictionary(("Font", Dictionary(("ZaDb", dingbats))))),
            ("Length", new NumericToken(bytes.Length))), bytes);
    }

    /// <summary>The pages' references in order, walking the page tree from the catalog.</summary>
    private static List<IndirectReferenceToken> PageReferences(Structure structure, DictionaryToken catalog)
    {
        var pages = new List<IndirectReferenceToken>();
        void Walk(IndirectReferenceToken node)
        {
            var dictionary = (DictionaryToken)structure.GetObject(node.Data).Data;
            if (dictionary.TryGet<ArrayToken>(NameToken.Kids, out var kids))
            {
                foreach (var kid in kids!.Data.OfType<IndirectReferenceToken>())
                {
                    Walk(kid);
                }
                return;
            }
            pages.Add(node);
        }
        Walk((IndirectReferenceToken)catalog.Data[NameToken.Pages.Data]);
        return pages;
    }

    private static NameToken N(string name) => NameToken.Create(name);

    private static DictionaryToken Dictionary(params (string Key, IToken Value)[] entries) =>
        new(entries.ToDictionary(e => NameToken.Create(e.Key), e => e.Value));

    /// <summary>The objects appended after the original bytes, then their cross-reference section.</summary>
    private sealed class Update(byte[] original, long size)
    {
        private readonly MemoryStream output = new();
        private readonly Dictionary<IndirectReference, long> offsets = [];
        private long next = size;

        public IndirectReferenceToken Add(IToken token)
        {
            var reference = new IndirectReference(next++, 0);
            Replace(reference, token);
            return new IndirectReferenceToken(reference);
        }

        public void Replace(IndirectReference reference, IToken token)
        {
            EnsureStarted();
            offsets[reference] = output.Position;
            using var body = new MemoryStream();
            TokenWriter.Instance.WriteToken(token, body);
            TokenWriter.Instance.WriteObject(reference.ObjectNumber, reference.Generation, body.ToArray(), output);
        }

        public byte[] Build(IndirectReference root, long previous)
        {
            EnsureStarted();
            var table = output.Position;
            var sections = offsets.OrderBy(o => o.Key.ObjectNumber).ToList();
            var text = new StringBuilder("xref\n");
            foreach (var (reference, offset) in sections)
            {
                text.Append(CultureInfo.InvariantCulture, $"{reference.ObjectNumber} 1\n{offset:D10} 00000 n \n");
            }
            text.Append(CultureInfo.InvariantCulture,
                $"trailer\n<< /Size {next} /Root {root.ObjectNumber} {root.Generation} R /Prev {previous} >>\n");
            text.Append(CultureInfo.InvariantCulture, $"startxref\n{table}\n%%EOF\n");
            var bytes = Encoding.ASCII.GetBytes(text.ToString());
            output.Write(bytes);
            return output.ToArray();
        }

        private void EnsureStarted()
        {
            if (output.Length == 0)
            {
                output.Write(original);
                output.WriteByte((byte)'\n');
            }
        }
    }
}
