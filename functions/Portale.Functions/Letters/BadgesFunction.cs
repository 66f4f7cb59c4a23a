using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Functions.Auth;

namespace Portale.Functions.Letters;

public sealed class BadgesFunction(LetterBadges badges)
{
    [Function("Badges")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/badges")] HttpRequest request,
        string companyId,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await badges.ForAsync(companyId, cancellationToken));
}
