using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Functions.Auth;
using Portale.Functions.Problems;

namespace Portale.Functions.Letters;

public sealed class RequestExtensionFunction(LetterExtensions extensions, LetterViews views)
{
    [Function("RequestLetterExtension")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/letters/{name}/extension")] HttpRequest request,
        string companyId,
        string name,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<ExtensionRequest>(request, cancellationToken);
        var letter = await extensions.GrantAsync(companyId, name, body.Days, cancellationToken);
        return new OkObjectResult(LetterJson.From(views.Of(letter)));
    }

    private sealed record ExtensionRequest(int? Days);
}
