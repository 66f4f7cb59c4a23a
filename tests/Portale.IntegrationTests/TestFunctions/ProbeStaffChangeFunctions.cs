using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Functions.Security;

namespace Portale.IntegrationTests.TestFunctions;

/// <summary>A state-changing staff function that records nothing itself: the audit must still hold it.</summary>
public sealed class ProbeStaffChangeFunctions
{
    [Function("ProbeStaffChange")]
    [StaffOnly(StaffRoles.BackOffice)]
    public IActionResult Change(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "probe/staff/things/{thing}")] HttpRequest request,
        string thing) => new NoContentResult();
}
