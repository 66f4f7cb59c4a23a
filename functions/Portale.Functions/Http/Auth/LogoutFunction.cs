using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Identity;
using Portale.Functions.Auth;

namespace Portale.Functions.Http.Auth;

public sealed class LogoutFunction(SessionService sessions)
{
    [Function("Logout")]
    [OperatorOnly]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/logout")] HttpRequest request,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        await sessions.EndAsync(context.GetOperator().SessionId, cancellationToken);
        SessionCookie.Clear(request.HttpContext.Response);
        return new NoContentResult();
    }
}
