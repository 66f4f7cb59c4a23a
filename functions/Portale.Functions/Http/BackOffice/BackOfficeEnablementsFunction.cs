using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Administration;
using Portale.Functions.Auth;

namespace Portale.Functions.Http.BackOffice;

/// <summary>Back office: enable or disable a user for a company (the "modulo di abilitazione").</summary>
public sealed class BackOfficeEnablementsFunction(AccountAdministration administration)
{
    [Function("EnableUser")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Enable(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "backoffice/companies/{companyId}/users/{username}")] HttpRequest request,
        string companyId,
        string username,
        CancellationToken cancellationToken)
    {
        await administration.EnableAsync(companyId, username, cancellationToken);
        return new NoContentResult();
    }

    [Function("DisableUser")]
    [StaffOnly(StaffRoles.BackOffice)]
    public async Task<IActionResult> Disable(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "backoffice/companies/{companyId}/users/{username}")] HttpRequest request,
        string companyId,
        string username,
        CancellationToken cancellationToken)
    {
        await administration.DisableAsync(companyId, username, cancellationToken);
        return new NoContentResult();
    }
}
