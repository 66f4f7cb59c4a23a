namespace Portale.Functions.Jobs;

/// <summary>The job log: what each timer job did, when, with its counts (back office and help desk).</summary>
[StaffOnly(StaffRoles.BackOffice, StaffRoles.HelpDesk)]
public sealed class JobFunctions(JobLogLister lister)
{
    /// <summary>Newest first, pageSize 10/25/50/100, cursor, total; <c>job</c> keeps one job's runs.</summary>
    [Function("JobsList")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/jobs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var page = await lister.ListAsync(
            request.Query["job"], request.Query["pageSize"], request.Query["cursor"], cancellationToken);
        return PageJson.Of(page.Items.Select(JobRunJson.From), page.NextCursor, page.Total);
    }
}
