using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.SignIn;

using Portale.Functions.Problems;

namespace Portale.Functions.Http.Auth;

/// <summary>After a confirmed change of mobile: the new number, to which the verification code is sent ("Invia codice").</summary>
public sealed class NewMobileFunction(SignInStepsService steps)
{
    [Function("NewMobile")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/mobile")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<NewMobileBody>(request, cancellationToken);
        return new OkObjectResult(await steps.SetNewMobileAsync(body.ChallengeId, body.Mobile, cancellationToken));
    }
}
