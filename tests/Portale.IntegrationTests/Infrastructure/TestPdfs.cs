using System.Text;
using Portale.Adapters.Documents;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>
/// PDFs made in the tests: real ones by the portal's own writer (one per text, so each has its own
/// hash), and hand-written ones for what a PDF writer will not write.
/// </summary>
internal static class TestPdfs
{
    public static byte[] OnePage(string text = "Risposta alla lettera L-P-25-0001234_01") => PdfTextWriter.Lines(text);

    /// <summary>
    /// A valid one-page PDF of about <paramref name="bytes"/> bytes: the page of <see cref="HandMade"/> plus an
    /// object no page refers to, holding random (incompressible) bytes, so a .zip of such answers is as large as they are.
    /// </summary>
    public static byte[] Padded(int bytes)
    {
        var head = Encoding.ASCII.GetBytes("%PDF-1.4\n");
        using var pdf = new MemoryStream();
        pdf.Write(head);
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>"),
            Encoding.ASCII.GetBytes("<< /Length 0 >>\nstream\n\nendstream"),
        };
        var padding = new byte[Math.Max(0, bytes - 1024)];
        Random.Shared.NextBytes(padding);
        objects.Add([.. Encoding.ASCII.GetBytes($"<< /Length {padding.Length} >>\nstream\n"), .. padding, .. Encoding.ASCII.GetBytes("\nendstream")]);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Encoding.ASCII.GetBytes("\nendobj\n"));
        }
        var xref = pdf.Position;
        var tail = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            tail.Append($"{offset:0000000000} 00000 n \n");
        }
        tail.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Encoding.ASCII.GetBytes(tail.ToString()));
        return pdf.ToArray();
    }

    /// <summary>
    /// A minimal one-page PDF written by hand, optionally with a Standard security handler in the
    /// trailer whose /O and /U do not match the empty password: a document that needs a password.
    /// </summary>
    public static byte[] HandMade(bool encrypted = false, bool withPages = true) =>
        Build(encrypted, withPages, catalog: "", page: "", extra: []);

    /// <summary>
    /// A one-page PDF carrying one kind of active content, written by hand: objects 1–4 are the catalog,
    /// the page tree, the page and its content; <c>extra</c> are objects 5, 6, …
    /// </summary>
    public static byte[] WithActiveContent(string construct) => construct switch
    {
        "javascript" => Build(catalog: "/Names << /JavaScript 5 0 R >>", extra:
            ["<< /Names [(avvio) 6 0 R] >>", "<< /S /JavaScript /JS (app.alert\\(1\\);) >>"]),
        "javascript-escaped-name" => Build(catalog: "/Names << /J#61vaScript 5 0 R >>", extra:
            ["<< /Names [(avvio) 6 0 R] >>", "<< /S /JavaScript /JS 7 0 R >>", "<< /Length 13 >>\nstream\napp.alert(1);\nendstream"]),
        "openaction" => Build(catalog: "/OpenAction 5 0 R", extra: ["<< /S /URI /URI (https://example.com/apertura) >>"]),
        "openaction-goto" => Build(catalog: "/OpenAction [3 0 R /Fit]"),
        "launch" => Build(page: "/Annots [5 0 R]", extra:
            ["<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /Launch /F (calc.exe) >> >>"]),
        "embedded-file" => Build(catalog: "/Names << /EmbeddedFiles 5 0 R >>", extra:
        [
            "<< /Names [(allegato.exe) 6 0 R] >>",
            "<< /Type /Filespec /F (allegato.exe) /EF << /F 7 0 R >> >>",
            "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream",
        ]),
        "additional-actions" => Build(page: "/AA << /O 5 0 R >>", extra: ["<< /S /URI /URI (https://example.com/pagina) >>"]),
        "submit-form" => Build(page: "/Annots [5 0 R]", extra:
            ["<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /SubmitForm /F (https://example.com/dati) >> >>"]),
        "uri-link" => Build(page: "/Annots [5 0 R]", extra:
            ["<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI (https://www.arera.it) >> >>"]),
        _ => throw new ArgumentOutOfRangeException(nameof(construct), construct, null),
    };

    private static byte[] Build(
        bool encrypted = false, bool withPages = true, string catalog = "", string page = "", IReadOnlyList<string>? extra = null)
    {
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R {catalog}>>",
            withPages ? "<< /Type /Pages /Kids [3 0 R] /Count 1 >>" : "<< /Type /Pages /Kids [] /Count 0 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> {page}>>",
            "<< /Length 0 >>\nstream\n\nendstream",
        };
        objects.AddRange(extra ?? []);
        if (encrypted)
        {
            var o = new string('A', 64);
            var u = new string('B', 64);
            objects.Add($"<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -44 >>");
        }
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:0000000000} 00000 n \n");
        }
        var encrypt = encrypted ? $" /Encrypt {objects.Count} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]" : "";
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encrypt} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
