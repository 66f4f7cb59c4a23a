using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Functions.Security;

namespace Portale.IntegrationTests.TestFunctions;

/// <summary>Test-only functions carrying each access policy, to prove the worker middleware enforces it.</summary>
public sealed class ProbeAuthFunctions
{
    [Function("ProbeStaff")]
    [StaffOnly(StaffRoles.BackOffice)]
    public IActionResult Staff([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "probe/staff")] HttpRequest request, FunctionContext context) =>
        new OkObjectResult(new { name = context.GetStaff().Name });

    [Function("ProbeOperator")]
    [OperatorOnly]
    public IActionResult Operator(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "probe/companies/{companyId}/whoami")] HttpRequest request,
        string companyId,
        FunctionContext context) =>
        new OkObjectResult(new { user = context.GetOperator().UserId, companyId });
}
