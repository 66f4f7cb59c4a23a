using System.Globalization;

namespace Portale.Functions.Outages;

/// <summary>
/// Outages and chapter 9 of the manual: the back office records the portal's outages (their off-line days
/// move every deadline); a company reports the answers it could not upload during one, typed or as the
/// Excel list the manual asks for, and the Sportello can record such a report for it.
/// </summary>
[OperatorOnly]
public sealed class OutageFunctions(
    OutageAdministration administration, OutageReporting reporting, IReportedNamesReader workbooks,
    ICompanyDirectory companies, TimeProvider clock)
{
    private const string ReportsRoute = "companies/{companyId}/outage-reports";
    private const string StaffReportsRoute = "backoffice/companies/{companyId}/outage-reports";

    public const string ReportFormRequired =
        "Inviare l'elenco come JSON (outageId, attemptedOn, answers) oppure come multipart/form-data con i campi " +
            "'outageId', 'attemptedOn' e, per ultimo, 'file' (il file Excel).";

    [Function("OutagesList")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/outages")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var all = await administration.ListAsync(cancellationToken);
        return new OkObjectResult(new { items = all.Select(o => OutageJson.Of(o, now, forStaff: true)) });
    }

    [Function("OutagesPut")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/outages/{outageId}")]
        HttpRequest request,
        string outageId, FunctionContext context, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<OutageBody>(request, cancellationToken);
        var outage = await administration.SaveAsync(
            outageId, body.StartsAt, body.EndsAt, body.Planned, body.Note, context.GetStaff().Name, cancellationToken);
        await context.AuditAsync(AuditActions.OutageSaved, outage.Id, new Dictionary<string, string>
        {
            ["startsAt"] = outage.StartsAt.ToString("O", CultureInfo.InvariantCulture),
            ["endsAt"] = outage.EndsAt?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            ["planned"] = outage.Planned ? "true" : "false",
        });
        return new OkObjectResult(OutageJson.Of(outage, clock.GetUtcNow(), forStaff: true));
    }

    /// <summary>The outages an operator can report answers for now (chapter 9 applies, 72 hours not over).</summary>
    [Function("OutagesListReportable")]
    public async Task<IActionResult> ListReportable(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "outages")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reportable = await reporting.ReportableAsync(cancellationToken);
        return new OkObjectResult(new { items = reportable.Select(o => OutageJson.Of(o, now, forStaff: false)) });
    }

    [Function("OutagesListReports")]
    public Task<IActionResult> ListReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ReportsRoute)] HttpRequest request,
        string companyId, CancellationToken cancellationToken) => ReportsAsync(companyId, cancellationToken);

    [Function("OutagesReport")]
    [RequestBodyLimit(Portale.Adapters.Outages.XlsxReportedNamesReader.MaxBytes)]
    public async Task<IActionResult> Report(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ReportsRoute)] HttpRequest request,
        string companyId, FunctionContext context, CancellationToken cancellationToken)
    {
        var draft = await DraftAsync(request, cancellationToken);
        var report = await reporting.ReportAsync(
            companyId, draft, context.GetOperator().Username, bySportello: false, cancellationToken);
        return Created(report);
    }

    [Function("OutagesListCompanyReports")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> ListCompanyReports(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = StaffReportsRoute)] HttpRequest request,
        string companyId, CancellationToken cancellationToken)
    {
        await RequireCompanyAsync(companyId, cancellationToken);
        return await ReportsAsync(companyId, cancellationToken);
    }

    /// <summary>The Sportello records a report a company sent it (by email, as the manual says), at any time.</summary>
    [Function("OutagesRecordReport")]
    [RequestBodyLimit(Portale.Adapters.Outages.XlsxReportedNamesReader.MaxBytes)]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> RecordReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = StaffReportsRoute)] HttpRequest request,
        string companyId, FunctionContext context, CancellationToken cancellationToken)
    {
        await RequireCompanyAsync(companyId, cancellationToken);
        var draft = await DraftAsync(request, cancellationToken);
        var report = await reporting.ReportAsync(
            companyId, draft, context.GetStaff().Name, bySportello: true, cancellationToken);
        await context.AuditAsync(AuditActions.OutageReportRecorded, companyId, new Dictionary<string, string>
        {
            ["outageId"] = report.OutageId,
            ["report"] = report.Id,
            ["answers"] = report.Answers.Count.ToString(CultureInfo.InvariantCulture),
        });
        return Created(report);
    }

    private async Task<IActionResult> ReportsAsync(string companyId, CancellationToken cancellationToken)
    {
        var reports = await reporting.ListAsync(companyId, cancellationToken);
        return new OkObjectResult(new { items = reports.Select(OutageJson.Of) });
    }

    private async Task RequireCompanyAsync(string companyId, CancellationToken cancellationToken)
    {
        if (await companies.FindAsync(companyId, cancellationToken) is null)
        {
            throw RefusalException.NotFound();
        }
    }

    /// <summary>
    /// JSON with the names typed, or multipart/form-data with the Excel file last: only its first column
    /// is read (<see cref="IReportedNamesReader"/>), after it has been received within its size limit.
    /// </summary>
    private async Task<OutageReportDraft> DraftAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!RequestMultipart.IsMultipart(request))
        {
            var body = await RequestJson.ReadAsync<OutageReportBody>(request, cancellationToken);
            var typed = (body.Answers ?? []).Select(a => new ReportedName(a ?? "")).ToList();
            return new OutageReportDraft(body.OutageId, body.AttemptedOn, typed, "answers");
        }
        var reader = RequestMultipart.Reader(request, ReportFormRequired);
        string? outageId = null, attemptedOn = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (RequestMultipart.Disposition(section) is not { } part)
            {
                continue;
            }
            var (field, fileName) = part;
            if (fileName is null)
            {
                var value = await RequestMultipart.ReadFieldAsync(section.Body, cancellationToken);
                switch (field)
                {
                    case "outageId": outageId = value; break;
                    case "attemptedOn": attemptedOn = value; break;
                }
            }
            else if (field == "file")
            {
                var names = await ReadWorkbookAsync(section.Body, fileName, cancellationToken);
                return new OutageReportDraft(outageId, Day(attemptedOn), names, "file");
            }
        }
        throw RefusalException.Field("file-required", "file",
            "Allegare nel campo 'file' il file Excel (.xlsx) con l'elenco delle risposte non caricate.");
    }

    private async Task<IReadOnlyList<ReportedName>> ReadWorkbookAsync(
        Stream file, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        try
        {
            await using var limited = new SizeLimitedStream(file, workbooks.MaxFileBytes, leaveOpen: true);
            await limited.CopyToAsync(buffer, cancellationToken);
        }
        catch (UploadTooLargeException tooLarge)
        {
            var reason = UploadMessages.TooLarge(fileName, tooLarge.LimitBytes);
            throw new RefusalException(RefusalKind.PayloadTooLarge, "file-too-large", reason,
                RefusalException.FieldErrors("file", reason));
        }
        buffer.Position = 0;
        return await workbooks.ReadAsync(buffer, fileName, cancellationToken);
    }

    private static DateOnly? Day(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw RefusalException.Field(RefusalException.ValidationFailed, "attemptedOn",
                "Indicare il giorno del tentativo di caricamento nel formato aaaa-mm-gg.");

    private static ObjectResult Created(OutageReport report) =>
        new(OutageJson.Of(report)) { StatusCode = StatusCodes.Status201Created };
}
