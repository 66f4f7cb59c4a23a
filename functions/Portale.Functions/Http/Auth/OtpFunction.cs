using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.SignIn;
using Portale.Functions.Auth;

using Portale.Functions.Problems;

namespace Portale.Functions.Http.Auth;

public sealed class OtpFunction(OtpService otp)
{
    [Function("Otp")]
    public async Task<IActionResult> Verify(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/otp")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<OtpBody>(request, cancellationToken);
        var session = await otp.VerifyAsync(body.ChallengeId, body.Code, cancellationToken);
        SessionCookie.Write(request.HttpContext.Response, session);
        return new OkObjectResult(new { username = session.Username, expiresAt = session.ExpiresAt });
    }

    [Function("OtpResend")]
    public async Task<IActionResult> Resend(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/otp/resend")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<ChallengeBody>(request, cancellationToken);
        return new OkObjectResult(await otp.ResendAsync(body.ChallengeId, cancellationToken));
    }
}
