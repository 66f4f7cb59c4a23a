namespace Portale.Core.DailyReports;

/// <summary>Turns a daily report into the document attached to the PEC (a PDF).</summary>
public interface IDailyReportRenderer
{
    string FileName(DailyReport report);

    byte[] Render(DailyReport report);
}
