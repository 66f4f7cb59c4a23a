namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// The steps between password and OTP: the forced password change (temporary or expired password)
/// and the new mobile after a confirmed change of mobile (manual 5.1). Also the change of password of
/// a signed-in user, which ends the user's other sessions.
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
    /// <summary>
    /// The new password is checked now and kept in the challenge: it is stored when the code sent to the
    /// user's mobile comes back, so a sign-in with only the emailed temporary password changes nothing.
    /// </summary>
    public async Task<SignInNext> ChangePasswordAsync(
        string? challengeId, string? current, string? newPassword, string? confirm, CancellationToken cancellationToken)
    {
        var (challenge, user) = await access.LoadAsync(challengeId, cancellationToken, ChallengeStep.ChangePassword);
        await VerifyCurrentAsync(
            user, current, challenge.ViaTemporary ? PasswordMatch.Temporary : PasswordMatch.Current, cancellationToken);
        var hash = passwords.Prepare(user, newPassword, confirm);
        return await signIn.StartStepAsync(user, challenge with
        {
            Step = ChallengeStep.Otp,
            PasswordExpired = false,
            ViaTemporary = false,
            PendingPasswordHash = hash,
        }, cancellationToken);
    }

    public async Task ChangePasswordAsync(
        OperatorPrincipal principal, string? current, string? newPassword, string? confirm,
        CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(principal.UserId, cancellationToken)
            ?? throw RefusalException.Unauthenticated();
        await VerifyCurrentAsync(user, current, PasswordMatch.Current, cancellationToken);
        await passwords.ChangeAsync(user, newPassword, confirm, principal.SessionKey, cancellationToken);
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
        var sent = await otp.SendAsync(renewed, number.E164, cancellationToken);
        return SignInNext.For(sent) with { Next = "otp" };
    }

    private async Task VerifyCurrentAsync(
        UserAccount user, string? current, PasswordMatch expected, CancellationToken cancellationToken)
    {
        var attempt = await limits.BeginCurrentPasswordAsync(user.Id, cancellationToken);
        if (passwords.Match(user, current) != expected)
        {
            throw RefusalException.Field("password-invalid", "currentPassword", AccountPasswords.WrongCurrent);
        }
        await limits.SucceededAsync(attempt, cancellationToken);
    }
}
