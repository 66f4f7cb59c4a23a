using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Places;

namespace Portale.Functions.Http.Accounts;

/// <summary>Birthplace autocomplete (manual ch. 2): answers from the third letter on.</summary>
public sealed class PlacesFunction(PlacesCatalog places)
{
    [Function("Places")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "places")] HttpRequest request)
    {
        var query = request.Query["q"].ToString();
        var found = query.Trim().Count(char.IsLetter) >= PlacesCatalog.MinQueryLetters ? places.Search(query) : [];
        return new OkObjectResult(new
        {
            items = found.Select(p => new
            {
                code = p.Code,
                label = p.Label,
                kind = p.Kind == PlaceKind.Comune ? "comune" : "foreign-state",
                name = p.Name,
                province = p.Province,
                region = p.Region,
                active = p.Active,
            }),
            attribution = PlacesCatalog.Attribution,
        });
    }
}
