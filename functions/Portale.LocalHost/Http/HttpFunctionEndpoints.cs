using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace Portale.LocalHost.Http;

/// <summary>Maps every [HttpTrigger] to a Kestrel route: <c>{prefix}/{Route ?? name}</c>, with its methods.</summary>
public static class HttpFunctionEndpoints
{
    public const string RoutePrefix = "api";
    public const string RouteNotFoundCode = "route-not-found";

    public static string RouteOf(FunctionDescriptor function)
    {
        var trigger = (HttpTriggerAttribute)function.TriggerAttribute;
        return $"{RoutePrefix}/{trigger.Route ?? function.Name}";
    }

    public static void MapHttpFunctions(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog)
    {
        foreach (var function in catalog.OfKind(TriggerKind.Http))
        {
            var trigger = (HttpTriggerAttribute)function.TriggerAttribute;
            var methods = trigger.Methods?.Select(m => m.ToUpperInvariant()).ToArray() ?? [];
            RequestDelegate handler = http => HandleAsync(function, http);
            var builder = methods.Length == 0
                ? endpoints.Map(RouteOf(function), handler)
                : endpoints.MapMethods(RouteOf(function), methods, handler);
            builder.WithDisplayName(function.Name);
        }
        endpoints.Map($"{RoutePrefix}/{{**rest}}",
            () => ProblemResult.For(RefusalException.NotFound(RouteNotFoundCode, RefusalException.NotFoundTitle)));
    }

    private static async Task HandleAsync(FunctionDescriptor function, HttpContext http)
    {
        var invoker = http.RequestServices.GetRequiredService<FunctionInvoker>();
        var input = new InvocationInput(http.Request, BindingData(http), http);
        var result = await invoker.InvokeAsync(function, input, http.RequestAborted);
        if (http.Response.HasStarted)
        {
            return;
        }
        switch (result)
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(http);
                break;
            case null:
                break;
            default:
                await http.Response.WriteAsJsonAsync(result, result.GetType(), PortaleJson.Options);
                break;
        }
    }

    private static Dictionary<string, object?> BindingData(HttpContext http)
    {
        var data = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in http.Request.Query)
        {
            data[key] = value.ToString();
        }
        foreach (var (key, value) in http.Request.RouteValues)
        {
            data[key] = value;
        }
        return data;
    }
}
