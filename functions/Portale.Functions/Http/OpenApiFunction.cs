using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Portale.Functions.Http;

/// <summary>Serves the OpenAPI document kept beside the code (openapi.json, embedded).</summary>
public sealed class OpenApiFunction
{
    private static readonly Lazy<string> Document = new(() =>
    {
        using var stream = typeof(OpenApiFunction).Assembly.GetManifestResourceStream("Portale.Functions.openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [Function("OpenApi")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new ContentResult { Content = Document.Value, ContentType = "application/json; charset=utf-8", StatusCode = 200 };
}
