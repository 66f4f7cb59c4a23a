using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Functions.Auth;

namespace Portale.Functions.Letters;

public sealed class ListLettersFunction(LetterLister lister, LetterViews views)
{
    [Function("ListLetters")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters")] HttpRequest request,
        string companyId,
        CancellationToken cancellationToken)
    {
        var q = request.Query;
        var query = LetterQueryParser.Parse(q["section"], q["serviceType"], q["recipient"], q["q"], q["sort"], q["pageSize"], q["cursor"]);
        var page = await lister.ListAsync(companyId, query, cancellationToken);
        return new OkObjectResult(new
        {
            items = views.Of(page.Items).Select(LetterJson.From),
            nextCursor = page.NextCursor,
            total = page.Total,
        });
    }
}
