namespace Portale.Functions.Auth;

/// <summary>
/// Sign-in (manual ch. 4–5): username and password, the steps that may follow (change of password, new
/// mobile), the OTP that opens the session, and sign-out.
/// </summary>
public sealed class AuthFunctions(
    SignInService signIn, SignInStepsService steps, OtpService otp, SessionService sessions,
    ClientAddress clientAddress)
{
    public const string PasswordChanged = "La password è stata modificata con successo!";

    [Function("AuthLogin")]
    public async Task<IActionResult> Login(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/login")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<LoginBody>(request, cancellationToken);
        var next = await signIn.LoginAsync(
            body.Username, body.Password, clientAddress.Of(request), body.Captcha, cancellationToken);
        return new OkObjectResult(next);
    }

    /// <summary>
    /// Change of password: during sign-in (with the challenge id: temporary or expired password, then the
    /// OTP step) or by a signed-in user (session cookie and CSRF header).
    /// </summary>
    [Function("AuthChangePassword")]
    public async Task<IActionResult> ChangePassword(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/password")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<PasswordBody>(request, cancellationToken);
        if (!string.IsNullOrEmpty(body.ChallengeId))
        {
            return new OkObjectResult(await steps.ChangePasswordAsync(
                body.ChallengeId, body.CurrentPassword, body.NewPassword, body.ConfirmPassword, cancellationToken));
        }
        var principal = await sessions.ResolveAsync(request.Cookies[SessionCookie.Name], cancellationToken)
            ?? throw RefusalException.Unauthenticated();
        CsrfHeader.Require(request);
        await steps.ChangePasswordAsync(
            principal, body.CurrentPassword, body.NewPassword, body.ConfirmPassword, cancellationToken);
        return new OkObjectResult(new { message = PasswordChanged });
    }

    /// <summary>
    /// After a confirmed change of mobile (and the current number's code, or the change's approval): the
    /// new number, where the code goes ("Invia codice").
    /// </summary>
    [Function("AuthSetNewMobile")]
    public async Task<IActionResult> SetNewMobile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/mobile")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<NewMobileBody>(request, cancellationToken);
        return new OkObjectResult(await steps.SetNewMobileAsync(body.ChallengeId, body.Mobile, cancellationToken));
    }

    [Function("AuthVerifyOtp")]
    public async Task<IActionResult> VerifyOtp(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/otp")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<OtpBody>(request, cancellationToken);
        var outcome = await otp.VerifyAsync(
            body.ChallengeId, body.Code, request.Cookies[SessionCookie.Name], cancellationToken);
        if (outcome.Session is not { } opened)
        {
            return new OkObjectResult(outcome.Next);
        }
        SessionCookie.Write(request.HttpContext.Response, opened);
        return new OkObjectResult(new { username = opened.Session.Username, expiresAt = opened.Session.ExpiresAt });
    }

    [Function("AuthResendOtp")]
    public async Task<IActionResult> ResendOtp(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/otp/resend")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<ChallengeBody>(request, cancellationToken);
        return new OkObjectResult(await otp.ResendAsync(body.ChallengeId, cancellationToken));
    }

    [Function("AuthLogout")]
    [OperatorOnly]
    public async Task<IActionResult> Logout(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "auth/logout")] HttpRequest request,
        FunctionContext context, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(context.GetOperator(), cancellationToken);
        SessionCookie.Clear(request.HttpContext.Response);
        return new NoContentResult();
    }
}
