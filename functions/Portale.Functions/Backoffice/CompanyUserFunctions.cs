using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Adapters.Storage;
using Portale.Core.Companies;
using Portale.Core.Identity;
using Portale.Functions.Auth;
using Portale.Functions.Problems;

namespace Portale.Functions.Backoffice;

/// <summary>Which users act for a company (the Sportello's enablement), set and removed by the back office.</summary>
public sealed class CompanyUserFunctions(CompanyRegistry registry, ICompanyEnablements enablements)
{
    [Function("BackofficeEnableUser")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Enable(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/companies/{companyId}/users/{userId}")] HttpRequest request,
        string companyId,
        string userId,
        CancellationToken cancellationToken)
    {
        await registry.GetAsync(companyId, cancellationToken);
        if (!TableKeys.IsSafe(userId))
        {
            throw new ProblemException(400, "user-invalid", "Identificativo utente non valido.");
        }
        await enablements.EnableAsync(userId, companyId, cancellationToken);
        return new NoContentResult();
    }

    [Function("BackofficeDisableUser")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Disable(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "backoffice/companies/{companyId}/users/{userId}")] HttpRequest request,
        string companyId,
        string userId,
        CancellationToken cancellationToken)
    {
        if (TableKeys.IsSafe(userId) && TableKeys.IsSafe(companyId))
        {
            await enablements.DisableAsync(userId, companyId, cancellationToken);
        }
        return new NoContentResult();
    }
}
