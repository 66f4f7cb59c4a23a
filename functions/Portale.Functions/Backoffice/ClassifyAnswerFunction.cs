using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Functions.Auth;
using Portale.Functions.Letters;
using Portale.Functions.Problems;

namespace Portale.Functions.Backoffice;

/// <summary>The Sportello sets Completezza Risposta of a company's answered letter (manual 6.5.1).</summary>
public sealed class ClassifyAnswerFunction(AnswerClassification classification, LetterViews views)
{
    [Function("BackofficeClassifyAnswer")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/companies/{companyId}/letters/{name}/completeness")] HttpRequest request,
        string companyId,
        string name,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<CompletenessRequest>(request, cancellationToken);
        var letter = await classification.ClassifyAsync(companyId, name, body.Completeness, cancellationToken);
        return new OkObjectResult(LetterJson.From(views.Of(letter)));
    }

    private sealed record CompletenessRequest(string? Completeness);
}
