using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Administration;
using Portale.Functions.Auth;

namespace Portale.Functions.Http.BackOffice;

/// <summary>Help desk: unlock (5 wrong OTP codes) and reactivate (6 months idle) an operator account.</summary>
public sealed class BackOfficeUsersFunction(AccountAdministration administration)
{
    [Function("UnlockUser")]
    [StaffOnly(StaffRoles.HelpDesk)]
    public async Task<IActionResult> Unlock(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/users/{username}/unlock")] HttpRequest request,
        string username,
        CancellationToken cancellationToken)
    {
        await administration.UnlockAsync(username, cancellationToken);
        return new NoContentResult();
    }

    [Function("ReactivateUser")]
    [StaffOnly(StaffRoles.HelpDesk)]
    public async Task<IActionResult> Reactivate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "backoffice/users/{username}/reactivate")] HttpRequest request,
        string username,
        CancellationToken cancellationToken)
    {
        await administration.ReactivateAsync(username, cancellationToken);
        return new NoContentResult();
    }
}
