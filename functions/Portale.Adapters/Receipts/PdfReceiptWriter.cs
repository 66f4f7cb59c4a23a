using Portale.Adapters.Documents;

namespace Portale.Adapters.Receipts;

/// <summary>The receipt as a PDF, through the portal's one PDF writer: its facts, then the JWS itself.</summary>
public sealed class PdfReceiptWriter : IReceiptDocumentWriter
{
    public byte[] Write(Receipt receipt, string jws)
    {
        var pdf = new PdfTextWriter();
        pdf.Line(ReceiptLines.Title(receipt), 14, strong: true);
        pdf.Space(8);
        pdf.Table(["Dato", "Valore"], [1, 3], [.. ReceiptLines.Of(receipt).Select(l => (IReadOnlyList<string>)[l.Label, l.Value])]);
        pdf.Space(10);
        pdf.Line(ReceiptLines.HowToVerify, 9);
        pdf.Space(4);
        // One unbroken value: the writer breaks it by character across lines; the verifier joins the lines.
        pdf.Line(jws, 7);
        return pdf.Build();
    }
}
