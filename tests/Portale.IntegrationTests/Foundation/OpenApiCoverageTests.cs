using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Portale.Functions.Security;
using Portale.IntegrationTests.Infrastructure;
using Portale.IntegrationTests.Infrastructure.OpenApi;
using Portale.LocalHost.Functions;

namespace Portale.IntegrationTests.Foundation;

/// <summary>
/// The served OpenAPI document describes every HTTP function, with its methods, and nothing else; each
/// operation declares the security its function enforces and the problems that security answers with.
/// (That each response matches the document is checked on every request: see OpenApiValidatingHandler.)
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class OpenApiCoverageTests(AzuriteProcess azurite)
{
    // The two routes the maintenance window never closes.
    private static readonly string[] AlwaysOpen = ["/health", "/status"];

    [Fact]
    public async Task Every_http_function_is_in_the_OpenAPI_document()
    {
        await using var host = await StartAsync();
        var document = await host.Client.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var paths = document.GetProperty("paths");
        var missing = new List<string>();
        foreach (var (function, method, path) in Endpoints(host))
        {
            if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(method, out _))
            {
                missing.Add($"{method.ToUpperInvariant()} {path} ({function.Name})");
            }
        }
        Assert.True(missing.Count == 0, "Not in openapi.json: " + string.Join("; ", missing));
    }

    [Fact]
    public async Task Every_documented_operation_is_an_http_function()
    {
        await using var host = await StartAsync();
        var endpoints = Endpoints(host).Select(e => $"{e.Method.ToUpperInvariant()} {e.Path}").ToHashSet();
        var stale = OpenApiContract.Repository.Operations.Where(o => !endpoints.Contains(o.Key)).Select(o => o.ToString()).ToList();
        Assert.True(stale.Count == 0, "In openapi.json but no function answers it: " + string.Join("; ", stale));
    }

    [Fact]
    public async Task Every_operation_declares_the_security_of_its_function_and_the_problems_that_come_with_it()
    {
        await using var host = await StartAsync();
        var wrong = new List<string>();
        foreach (var (function, method, path) in Endpoints(host))
        {
            if (OpenApiContract.Repository.Find(method, path) is not { Template: var template } operation || template != path)
            {
                continue; // reported by the test above
            }
            var (security, statuses) = Expected(function.Method, method, path);
            var declared = operation.Node["security"]?.ToJsonString() ?? "(none)";
            if (declared != security)
            {
                wrong.Add($"{operation}: security {declared}, expected {security}");
            }
            var roles = FunctionMethods.PolicyOf<StaffOnlyAttribute>(function.Method)?.Roles ?? [];
            var documentedRoles = (operation.Node["x-staff-roles"] as JsonArray)?.Select(r => r!.GetValue<string>()).ToList() ?? [];
            if (!roles.Order().SequenceEqual(documentedRoles.Order()))
            {
                wrong.Add($"{operation}: x-staff-roles [{string.Join(", ", documentedRoles)}], expected [{string.Join(", ", roles)}]");
            }
            var absent = statuses.Except(operation.DocumentedStatuses).ToList();
            if (absent.Count > 0)
            {
                wrong.Add($"{operation}: no {string.Join(", ", absent)} response");
            }
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static (string Security, List<string> Statuses) Expected(MethodInfo function, string method, string path)
    {
        var statuses = AlwaysOpen.Contains(path) ? new List<string>() : ["503"];
        if (FunctionMethods.PolicyOf<StaffOnlyAttribute>(function) is not null)
        {
            // Missing or invalid token, then a token without the role.
            statuses.AddRange(["401", "403"]);
            return ("""[{"staffBearer":[]}]""", statuses);
        }
        if (FunctionMethods.PolicyOf<OperatorOnlyAttribute>(function) is not null)
        {
            // No session; no CSRF header on a call that changes data; a company the user is not enabled for.
            statuses.Add("401");
            if (method != "get")
            {
                statuses.Add("403");
            }
            if (path.Contains("{companyId}", StringComparison.Ordinal))
            {
                statuses.Add("404");
            }
            if (function.GetCustomAttribute<ClientAccessAttribute>() is { } access)
            {
                // A company's system too: a token without the permission (403), over its rate limit (429).
                statuses.AddRange(["403", "429"]);
                var scope = Portale.Core.Clients.ClientPermissionNames.Of(access.Permission);
                return ($$"""[{"operatorSession":[]},{"clientBearer":["{{scope}}"]}]""", statuses.Distinct().ToList());
            }
            return ("""[{"operatorSession":[]}]""", statuses);
        }
        return ("[]", statuses);
    }

    private Task<PortaleHost> StartAsync() => PortaleHost.StartAsync(azurite,
        settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-03-10T10:00:00+01:00" });

    private static IEnumerable<(FunctionDescriptor Function, string Method, string Path)> Endpoints(PortaleHost host) =>
        from function in FunctionRequests.HttpFunctions(host)
        let trigger = (HttpTriggerAttribute)function.TriggerAttribute
        from method in trigger.Methods ?? ["get"]
        select (function, method.ToLowerInvariant(), "/" + Constraint().Replace(trigger.Route ?? function.Name, "{$1}"));

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\??\}")]
    private static partial Regex Constraint();
}
