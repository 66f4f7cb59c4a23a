using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Functions.Security;

namespace Portale.IntegrationTests.TestFunctions;

/// <summary>
/// A staff action whose request is recycled while it runs, as the worker's pooled HttpContext is when the
/// Functions host gives up on a request (a client that timed out) before the invocation ends: the local
/// host keeps its request alive to the end, so the probe stands the recycled context in itself, after its
/// first await, and then records its action as every staff function does.
/// </summary>
public sealed class ProbeRecycledRequestFunctions
{
    private const string HttpContextKey = "HttpRequestContext";

    [Function("ProbeRecycledRequest")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Change(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "probe/staff/recycled/{thing}")] HttpRequest request,
        string thing, FunctionContext context)
    {
        await Task.Yield();
        var recycled = new DefaultHttpContext();
        recycled.Uninitialize();
        context.Items[HttpContextKey] = recycled;
        await context.AuditAsync("probe-recycled", thing);
        context.Items[HttpContextKey] = request.HttpContext;
        return new NoContentResult();
    }
}
