using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Portale.LocalHost.Functions;
using Portale.LocalHost.Http;

namespace Portale.IntegrationTests.Infrastructure;

/// <summary>Builds one plausible request for every HTTP function the host knows, from its attributes.</summary>
public static partial class FunctionRequests
{
    public static IReadOnlyList<FunctionDescriptor> HttpFunctions(PortaleHost host) =>
        host.Services.GetRequiredService<FunctionCatalog>().OfKind(TriggerKind.Http).ToList();

    public static IReadOnlyList<FunctionDescriptor> AllFunctions(PortaleHost host) =>
        host.Services.GetRequiredService<FunctionCatalog>().Functions;

    public static HttpRequestMessage For(FunctionDescriptor function)
    {
        var trigger = (HttpTriggerAttribute)function.TriggerAttribute;
        var method = trigger.Methods?.FirstOrDefault() ?? "get";
        var path = "/" + RouteParameter().Replace(HttpFunctionEndpoints.RouteOf(function), m => m.Value.Contains(":int") ? "1" : "x");
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path);
        request.Headers.Add("X-Requested-With", "portale");
        if (method is not ("get" or "head" or "delete"))
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        return request;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
