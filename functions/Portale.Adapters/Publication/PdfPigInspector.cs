using Portale.Core.Publication;
using UglyToad.PdfPig;

namespace Portale.Adapters.Publication;

/// <summary>A file is a PDF when it starts with the PDF header and PdfPig can open it and read its pages.</summary>
public sealed class PdfPigInspector : IPdfInspector
{
    private static readonly byte[] Header = "%PDF-"u8.ToArray();

    public bool IsPdf(ReadOnlyMemory<byte> content)
    {
        if (!content.Span.StartsWith(Header))
        {
            return false;
        }
        try
        {
            using var document = PdfDocument.Open(content.ToArray());
            return document.NumberOfPages > 0 && document.GetPage(1) is not null;
        }
        catch (Exception)
        {
            // PdfPig throws many exception types on malformed input; any of them means "not a valid PDF".
            return false;
        }
    }
}
