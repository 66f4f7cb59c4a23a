namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// The steps between password and OTP: the forced password change (temporary or expired password)
/// and the new mobile after a confirmed change of mobile (manual 5.1). Also the change of password of
/// a signed-in user.
/// </summary>
public sealed class SignInStepsService(
    ChallengeAccess access,
    SignInService signIn,
    IUserStore users,
    AccountPasswords passwords,
    RegistrationService registration,
    OtpSender otp,
    LoginRateLimits limits,
    IAttemptLog attempts,
    TimeProvider clock)
{
    public async Task<SignInNext> ChangePasswordAsync(
        string? challengeId, string? current, string? newPassword, string? confirm, CancellationToken cancellationToken)
    {
        var (challenge, user) = await access.LoadAsync(challengeId, cancellationToken, ChallengeStep.ChangePassword);
        await VerifyCurrentAsync(user, current, cancellationToken);
        var saved = await passwords.ChangeAsync(user, newPassword, confirm, cancellationToken);
        return await signIn.StartStepAsync(
            saved, challenge with { Step = ChallengeStep.Otp, PasswordExpired = false }, cancellationToken);
    }

    public async Task ChangePasswordAsync(
        OperatorPrincipal principal, string? current, string? newPassword, string? confirm,
        CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(principal.UserId, cancellationToken)
            ?? throw RefusalException.Unauthenticated();
        await VerifyCurrentAsync(user, current, cancellationToken);
        await passwords.ChangeAsync(user, newPassword, confirm, cancellationToken);
    }

    public async Task<SignInNext> SetNewMobileAsync(
        string? challengeId, string? mobile, CancellationToken cancellationToken)
    {
        var (challenge, user) = await access.LoadAsync(challengeId, cancellationToken, ChallengeStep.NewMobile);
        if (!MobileNumber.TryParse(mobile, out var number))
        {
            throw RefusalException.Invalid(
                RefusalException.ValidationFailed,
                RefusalException.ValidationTitle,
                RefusalException.FieldErrors("mobile", [.. MobileNumber.Validate(mobile)]));
        }
        await registration.EnsureMobileFreeAsync(number.E164, user.FiscalCode, cancellationToken);
        // Each number tried costs an SMS: at most as many as the OTP re-sends.
        var key = "new-mobile:" + challenge.Id;
        await attempts.RecordAsync(key, clock.GetUtcNow(), cancellationToken);
        var tried = await attempts.CountSinceAsync(key, DateTimeOffset.MinValue, cancellationToken);
        if (tried > SignInChallenge.MaxResends)
        {
            throw SignInRefusals.ResendLimit();
        }
        var renewed = challenge with
        {
            NewMobile = number.E164,
            Resends = 0,
            ExpiresAt = clock.GetUtcNow() + SignInChallenge.Lifetime,
        };
        var sent = await otp.SendAsync(renewed, number.E164, verification: true, cancellationToken);
        return SignInNext.For(sent) with { Next = "otp" };
    }

    private async Task VerifyCurrentAsync(UserAccount user, string? current, CancellationToken cancellationToken)
    {
        var attempt = await limits.BeginAsync(user.Id, null, cancellationToken);
        if (!passwords.Verify(user, current))
        {
            throw RefusalException.Field("password-invalid", "currentPassword", AccountPasswords.WrongCurrent);
        }
        await limits.SucceededAsync(attempt, cancellationToken);
    }
}
