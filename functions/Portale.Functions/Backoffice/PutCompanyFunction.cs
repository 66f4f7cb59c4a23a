using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Companies;
using Portale.Functions.Auth;
using Portale.Functions.Problems;

namespace Portale.Functions.Backoffice;

public sealed class PutCompanyFunction(CompanyRegistry registry)
{
    [Function("BackofficePutCompany")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/companies/{companyId}")] HttpRequest request,
        string companyId,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<CompanyRequest>(request, cancellationToken);
        var company = await registry.SaveAsync(companyId, body.Name, body.VatNumber, body.PecAddress, body.Sectors, cancellationToken);
        return new OkObjectResult(CompanyJson.From(company));
    }

    private sealed record CompanyRequest(string? Name, string? VatNumber, string? PecAddress, IReadOnlyList<string>? Sectors);
}
