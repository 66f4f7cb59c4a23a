using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Companies;
using Portale.Functions.Auth;

namespace Portale.Functions.Backoffice;

public sealed class ListCompaniesFunction(ICompanyDirectory directory)
{
    [Function("BackofficeListCompanies")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/companies")] HttpRequest request,
        CancellationToken cancellationToken) =>
        new OkObjectResult(new { items = (await directory.ListAsync(cancellationToken)).OrderBy(c => c.Name).Select(CompanyJson.From) });
}
