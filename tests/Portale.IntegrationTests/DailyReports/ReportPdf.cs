using UglyToad.PdfPig;

namespace Portale.IntegrationTests.DailyReports;

/// <summary>The text of a report PDF as a reader copies it, and the same without spaces (values wrapped over lines join up).</summary>
public sealed record ReportPdf(int Pages, string Text)
{
    public string Compact => Text.Replace(" ", string.Empty, StringComparison.Ordinal);

    public static ReportPdf Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        return new ReportPdf(pages.Count, string.Join("\n", pages.Select(p => p.Text)));
    }
}
