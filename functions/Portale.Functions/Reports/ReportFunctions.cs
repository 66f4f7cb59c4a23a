using Microsoft.Net.Http.Headers;

namespace Portale.Functions.Reports;

/// <summary>
/// Manual 6.9: one section's list as an Excel file, <c>Report_&lt;name&gt;_&lt;company&gt;_&lt;yyyymmdd&gt;.xlsx</c>.
/// </summary>
[OperatorOnly]
public sealed class ReportFunctions(ReportBuilder builder, IReportWriter writer, TimeProvider clock)
{
    public const string UnknownReport = "Il report richiesto non esiste.";

    [Function("ReportsDownload")]
    public async Task<IActionResult> Download(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/reports/{report}")]
        HttpRequest request,
        string companyId, string report, CancellationToken cancellationToken)
    {
        var definition = ReportCatalog.Find(report)
            ?? throw RefusalException.NotFound("report-not-found", UnknownReport);
        // Written to a temporary file as the rows are read (memory holds a page), then streamed from it with
        // its length, so the browser can show the download's progress; the file goes when the response ends.
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            await writer.WriteAsync(builder.Build(companyId, definition), file, cancellationToken);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        var disposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = definition.FileName(companyId, RomeTime.Today(clock)),
        };
        request.HttpContext.Response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
        return new FileStreamResult(file, writer.ContentType);
    }
}
