using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Notices;
using Portale.Functions.Auth;
using Portale.Functions.Problems;

namespace Portale.Functions.Backoffice;

/// <summary>The back office writes the avvisi of the public home page (manual 8.1, 8.2).</summary>
public sealed class NoticeFunctions(NoticeAdministration notices)
{
    [Function("BackofficeListNotices")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/notices")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(new { items = (await notices.ListAsync(cancellationToken)).OrderByDescending(n => n.PublishedAt).Select(NoticeJson.From) });

    [Function("BackofficePutNotice")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/notices/{noticeId}")] HttpRequest request,
        string noticeId,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<NoticeRequest>(request, cancellationToken);
        return new OkObjectResult(NoticeJson.From(await notices.SaveAsync(noticeId, body, cancellationToken)));
    }

    [Function("BackofficeDeleteNotice")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "backoffice/notices/{noticeId}")] HttpRequest request,
        string noticeId,
        CancellationToken cancellationToken)
    {
        await notices.DeleteAsync(noticeId, cancellationToken);
        return new NoContentResult();
    }
}
