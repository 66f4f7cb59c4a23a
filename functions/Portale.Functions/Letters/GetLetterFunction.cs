using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Functions.Auth;

namespace Portale.Functions.Letters;

public sealed class GetLetterFunction(LetterReader reader, LetterViews views)
{
    [Function("GetLetter")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters/{name}")] HttpRequest request,
        string companyId,
        string name,
        CancellationToken cancellationToken) =>
        new OkObjectResult(LetterJson.From(views.Of(await reader.GetAsync(companyId, name, cancellationToken))));
}
