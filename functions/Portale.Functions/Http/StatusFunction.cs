using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Maintenance;
using Portale.Core.Notices;
using Portale.Functions.Backoffice;

namespace Portale.Functions.Http;

public sealed class StatusFunction(NoticeBoard notices, TimeProvider clock)
{
    [Function("Status")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "status")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = await notices.CurrentAsync(cancellationToken);
        return new OkObjectResult(new
        {
            maintenance = !MaintenanceWindow.IsOpenAt(now),
            now,
            notices = current.Select(NoticeJson.From),
        });
    }
}
