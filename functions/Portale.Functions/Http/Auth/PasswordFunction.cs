using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.SignIn;
using Portale.Core.Identity;
using Portale.Functions.Auth;
using Portale.Core.Refusals;
using Portale.Functions.Problems;

namespace Portale.Functions.Http.Auth;

/// <summary>
/// Change of password: during sign-in (with the challenge id: temporary or expired password, then the
/// OTP step) or by a signed-in user (session cookie and CSRF header).
/// </summary>
public sealed class PasswordFunction(SignInStepsService steps, SessionService sessions)
{
    [Function("ChangePassword")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/password")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<PasswordBody>(request, cancellationToken);
        if (!string.IsNullOrEmpty(body.ChallengeId))
        {
            return new OkObjectResult(await steps.ChangePasswordAsync(body.ChallengeId, body.CurrentPassword, body.NewPassword, body.ConfirmPassword, cancellationToken));
        }
        var principal = await sessions.ResolveAsync(request.Cookies[SessionCookie.Name], cancellationToken)
            ?? throw RefusalException.Unauthenticated();
        SessionCookie.RequireCsrfHeader(request);
        await steps.ChangePasswordAsync(principal, body.CurrentPassword, body.NewPassword, body.ConfirmPassword, cancellationToken);
        return new OkObjectResult(new { message = "La password è stata modificata con successo!" });
    }
}
