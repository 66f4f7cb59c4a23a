using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.SignIn;

using Portale.Functions.Problems;

namespace Portale.Functions.Http.Auth;

public sealed class LoginFunction(SignInService signIn)
{
    [Function("Login")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/login")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<LoginBody>(request, cancellationToken);
        return new OkObjectResult(await signIn.LoginAsync(body.Username, body.Password, ClientAddress.Of(request), cancellationToken));
    }
}
