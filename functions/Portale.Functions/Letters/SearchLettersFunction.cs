using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Letters;
using Portale.Core.Letters.Search;
using Portale.Functions.Auth;

namespace Portale.Functions.Letters;

/// <summary>Ricerca lettere (manual 6.8): the company's letters of every section by the manual's filters.</summary>
public sealed class SearchLettersFunction(LetterSearcher searcher, LetterViews views)
{
    [Function("SearchLetters")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/letters/search")] HttpRequest request,
        string companyId,
        CancellationToken cancellationToken)
    {
        var query = LetterSearchParser.Parse(name => request.Query[name].ToString());
        var page = await searcher.SearchAsync(companyId, query, cancellationToken);
        return new OkObjectResult(new
        {
            items = views.Of(page.Items).Select(LetterJson.From),
            nextCursor = page.NextCursor,
            total = page.Total,
        });
    }
}
