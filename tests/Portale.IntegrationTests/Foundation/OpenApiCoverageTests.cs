using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using Portale.IntegrationTests.Infrastructure;

namespace Portale.IntegrationTests.Foundation;

/// <summary>The served OpenAPI document describes every HTTP function, with its methods.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class OpenApiCoverageTests(AzuriteProcess azurite)
{
    [Fact]
    public async Task Every_http_function_is_in_the_OpenAPI_document()
    {
        await using var host = await PortaleHost.StartAsync(azurite,
            settings: new Dictionary<string, string> { ["Portale:Clock:Now"] = "2026-03-10T10:00:00+01:00" });
        var document = await host.Client.GetFromJsonAsync<JsonElement>("/api/openapi.json");
        var paths = document.GetProperty("paths");
        var missing = new List<string>();
        foreach (var function in FunctionRequests.HttpFunctions(host))
        {
            var trigger = (HttpTriggerAttribute)function.TriggerAttribute;
            var path = "/" + Constraint().Replace(trigger.Route ?? function.Name, "{$1}");
            foreach (var method in trigger.Methods ?? ["get"])
            {
                if (!paths.TryGetProperty(path, out var item) || !item.TryGetProperty(method.ToLowerInvariant(), out _))
                {
                    missing.Add($"{method.ToUpperInvariant()} {path} ({function.Name})");
                }
            }
        }
        Assert.True(missing.Count == 0, "Not in openapi.json: " + string.Join("; ", missing));
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(?::[^}]*)?\??\}")]
    private static partial Regex Constraint();
}
