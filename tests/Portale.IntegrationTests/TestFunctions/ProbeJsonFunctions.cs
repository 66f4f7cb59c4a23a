using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Refusals;

namespace Portale.IntegrationTests.TestFunctions;

/// <summary>Test-only functions: the same value as an answer and inside a problem, to compare how each is written.</summary>
public sealed class ProbeJsonFunctions
{
    public static object Sample => new JsonSample(RefusalKind.PayloadTooLarge, null, new Dictionary<string, int> { ["pageSize"] = 10 });

    [Function("ProbeJsonAnswer")]
    public IActionResult Answer([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "probe/json/answer")] HttpRequest request) =>
        new OkObjectResult(Sample);

    [Function("ProbeJsonProblem")]
    public IActionResult Problem([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "probe/json/problem")] HttpRequest request) =>
        throw new RefusalException(RefusalKind.Conflict, "probe", "Prova.", extensions: new Dictionary<string, object?> { ["sample"] = Sample });

    private sealed record JsonSample(RefusalKind SampleKind, string? Missing, IReadOnlyDictionary<string, int> ByField);
}
