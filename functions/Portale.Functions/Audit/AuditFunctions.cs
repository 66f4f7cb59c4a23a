namespace Portale.Functions.Audit;

/// <summary>
/// The audit of staff actions and of refused staff calls, one Rome day and chain at a time, newest
/// first; and the check of a day's chain against its write-once copies. Readable by the back office
/// and by the read-only role (Consultazione), not by the help desk.
/// </summary>
[StaffOnly(StaffRoles.BackOffice, StaffRoles.ReadOnly)]
public sealed class AuditFunctions(AuditTrail audit, TimeProvider clock)
{
    [Function("AuditList")]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/audit")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var query = AuditQuery.Parse(name => request.Query[name], RomeTime.Today(clock));
        var page = await audit.ListAsync(query, cancellationToken);
        return PageJson.Of(page.Items.Select(AuditJson.From), page.NextCursor, page.Total);
    }

    [Function("AuditCheck")]
    public async Task<IActionResult> Check(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/audit/check")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var query = AuditQuery.Parse(name => request.Query[name], RomeTime.Today(clock));
        var check = await audit.CheckAsync(query.Day, query.Chain, cancellationToken);
        return new OkObjectResult(new
        {
            day = check.Day,
            chain = check.Chain == AuditOutcome.Refused ? "refused" : "done",
            records = check.Records,
            intact = check.Intact,
            firstBroken = check.FirstBroken,
            copiesNotMatching = check.CopiesNotMatching,
        });
    }
}
