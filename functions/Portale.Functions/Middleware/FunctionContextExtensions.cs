using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Portale.Functions.Middleware;

public static class FunctionContextExtensions
{
    public static bool IsHttpTriggered(this FunctionContext context) =>
        context.FunctionDefinition.InputBindings.Values
            .Any(b => string.Equals(b.Type, "httpTrigger", StringComparison.OrdinalIgnoreCase));

    /// <summary>The policy of an HTTP function (its method's, else its class's); null for other triggers.</summary>
    public static T? HttpPolicy<T>(this FunctionContext context) where T : Attribute =>
        context.IsHttpTriggered() ? FunctionMethods.Policy<T>(context.FunctionDefinition) : null;

    /// <summary>
    /// Answers the HTTP request from middleware without running the function. Writing the response
    /// directly works the same in the worker's ASP.NET Core integration and in the local host.
    /// </summary>
    public static Task ShortCircuitAsync(this FunctionContext context, IActionResult result)
    {
        var http = context.GetHttpContext()
            ?? throw new InvalidOperationException("Short-circuit is only possible for HTTP-triggered functions.");
        var action = new ActionContext(http, http.GetRouteData() ?? new RouteData(), new ActionDescriptor());
        return result.ExecuteResultAsync(action);
    }
}
