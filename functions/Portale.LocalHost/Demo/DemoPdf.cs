using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Portale.LocalHost.Demo;

/// <summary>A one-page PDF with a few lines of text, as the demo letters' content.</summary>
public static class DemoPdf
{
    public static byte[] Write(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var y = 780.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(56, y), font);
            y -= 18;
        }
        return builder.Build();
    }
}
