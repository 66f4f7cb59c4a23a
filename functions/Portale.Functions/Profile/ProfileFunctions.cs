using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Profile;
using Portale.Functions.Problems;
using Portale.Functions.Security;

namespace Portale.Functions.Profile;

/// <summary>The signed-in operator's profile (manual 3.3): read it, change what may be changed.</summary>
public sealed class ProfileFunctions(ProfileService profiles)
{
    [Function("ProfileGet")]
    [OperatorOnly]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await profiles.GetAsync(context.GetOperator(), cancellationToken));

    [Function("ProfileUpdate")]
    [OperatorOnly]
    public async Task<IActionResult> Update(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "me")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<ProfileBody>(request, cancellationToken);
        return new OkObjectResult(await profiles.UpdateAsync(context.GetOperator(), body.ToUpdate(), cancellationToken));
    }
}
