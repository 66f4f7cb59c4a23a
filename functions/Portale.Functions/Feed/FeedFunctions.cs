namespace Portale.Functions.Feed;

/// <summary>
/// The change feed: everything that arrived or changed (answers, communications, TIRV rejections, first
/// downloads, prorogas) since a cursor, in the order the portal recorded it, each item once, for one
/// company or for every company (docs/decisions/0014-change-feed.md). Read by every staff role and by
/// the Sportello's applications holding one of them.
/// </summary>
[StaffOnly(StaffRoles.BackOffice, StaffRoles.HelpDesk, StaffRoles.ReadOnly)]
public sealed class FeedFunctions(ChangeFeedReader reader, ChangeFeedPump pump, JobRecorder jobs)
{
    public const string Pump = "FeedPump";

    [Function("FeedListChanges")]
    public Task<IActionResult> ListChanges(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/changes")] HttpRequest request,
        CancellationToken cancellationToken) =>
        PageAsync(ChangeFeedQuery.Parse(name => request.Query[name], null, allCompanies: true), cancellationToken);

    [Function("FeedListCompanyChanges")]
    public Task<IActionResult> ListCompanyChanges(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/companies/{companyId}/changes")]
        HttpRequest request,
        string companyId, CancellationToken cancellationToken) =>
        PageAsync(ChangeFeedQuery.Parse(name => request.Query[name], companyId, allCompanies: false), cancellationToken);

    /// <summary>
    /// Every hour (one read per company): moves to the all-companies feed what a change could not
    /// move itself, which happens only after a failure; each change pumps its own company at once. A run
    /// that moved something, or failed, writes the job log (job <c>feed-pump</c>).
    /// </summary>
    [Function(Pump)]
    public Task RunPump([TimerTrigger("0 7 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        jobs.RunAsync(ChangeFeedPump.JobName, pump.RunAsync, cancellationToken);

    private async Task<IActionResult> PageAsync(ChangeFeedQuery query, CancellationToken cancellationToken)
    {
        var page = await reader.ReadAsync(query, cancellationToken);
        return new OkObjectResult(new
        {
            items = page.Items.Select(ChangeJson.From),
            nextCursor = page.NextCursor,
            hasMore = page.HasMore,
            head = page.Head,
        });
    }
}
