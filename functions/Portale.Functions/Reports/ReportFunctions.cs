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
        var table = await builder.BuildAsync(companyId, definition, cancellationToken);
        var file = new MemoryStream();
        await writer.WriteAsync(table, file, cancellationToken);
        file.Position = 0;
        var disposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = definition.FileName(companyId, RomeTime.Today(clock)),
        };
        request.HttpContext.Response.Headers[HeaderNames.ContentDisposition] = disposition.ToString();
        return new FileStreamResult(file, writer.ContentType);
    }
}
