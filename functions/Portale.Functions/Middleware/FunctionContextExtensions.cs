using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;

namespace Portale.Functions.Middleware;

public static class FunctionContextExtensions
{
    public static bool IsHttpTriggered(this FunctionContext context) =>
        context.FunctionDefinition.InputBindings.Values.Any(b => string.Equals(b.Type, "httpTrigger", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Answers the HTTP request from middleware without running the function. Writing the response
    /// directly works the same in the worker's ASP.NET Core integration and in the local host.
    /// </summary>
    public static Task ShortCircuitAsync(this FunctionContext context, IActionResult result)
    {
        var http = context.GetHttpContext()
            ?? throw new InvalidOperationException("Short-circuit is only possible for HTTP-triggered functions.");
        return result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData() ?? new RouteData(), new ActionDescriptor()));
    }
}
