using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Profile;
using Portale.Functions.Auth;

using Portale.Functions.Problems;

namespace Portale.Functions.Http.Me;

public sealed class MeFunction(ProfileService profiles)
{
    [Function("GetMe")]
    [OperatorOnly]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken) =>
        new OkObjectResult(await profiles.GetAsync(context.GetOperator(), cancellationToken));

    [Function("UpdateMe")]
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
