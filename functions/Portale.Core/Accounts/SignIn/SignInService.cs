namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// Username and password (manual ch. 5): rate-limited, the same answer and the same work for a wrong
/// username and a wrong password; then the step the account needs (change of password, the current
/// number's code for a confirmed change of mobile, the new mobile, the OTP).
/// </summary>
public sealed class SignInService(
    IUserStore users,
    AccountPasswords passwords,
    LoginRateLimits limits,
    ISignInChallengeStore challenges,
    OtpSender otp,
    AccountSecurityOptions options,
    TimeProvider clock)
{
    public const string TemporaryExpired = "La password temporanea è scaduta: richiederne una nuova con \"Hai " +
        "dimenticato la password o la tua password è scaduta?\".";

    public async Task<SignInNext> LoginAsync(
        string? username, string? password, string clientAddress, string? captcha,
        CancellationToken cancellationToken)
    {
        var attempt = await limits.BeginAsync(username ?? string.Empty, clientAddress, captcha, cancellationToken);
        var userId = UserIds.From(username);
        var user = userId is null ? null : await users.FindAsync(userId, cancellationToken);
        switch (passwords.Match(user, password))
        {
            case PasswordMatch.None:
                throw RefusalException.Unauthenticated("invalid-credentials", SignInMessages.InvalidCredentials);
            case PasswordMatch.TemporaryExpired:
                throw RefusalException.Unauthenticated("temporary-password-expired", TemporaryExpired);
            case PasswordMatch.Temporary:
                await limits.SucceededAsync(attempt, cancellationToken);
                EnsureCanSignIn(user!);
                return await StartStepAsync(
                    user!, NewChallenge(user!) with { Step = ChallengeStep.ChangePassword, ViaTemporary = true },
                    cancellationToken);
        }
        await limits.SucceededAsync(attempt, cancellationToken);
        EnsureCanSignIn(user!);
        var challenge = NewChallenge(user!);
        return await StartStepAsync(user!, PasswordExpiry.IsExpired(user!.PasswordChangedAt, clock.GetUtcNow())
            ? challenge with { Step = ChallengeStep.ChangePassword, PasswordExpired = true }
            : challenge, cancellationToken);
    }

    /// <summary>
    /// Moves the challenge to the step the account needs next (after a password change, for one): with a
    /// confirmed change of mobile, the new number if the change is open, else the current number's code.
    /// </summary>
    internal async Task<SignInNext> StartStepAsync(
        UserAccount user, SignInChallenge challenge, CancellationToken cancellationToken)
    {
        if (challenge.Step == ChallengeStep.Otp && user.MobileChangeRequired)
        {
            challenge = MobileChangeGate.IsOpen(user, options, clock.GetUtcNow())
                ? challenge with { Step = ChallengeStep.NewMobile, CodeHash = null, CodeExpiresAt = null }
                : challenge with { Step = ChallengeStep.OldMobile };
        }
        if (challenge.Step is ChallengeStep.Otp or ChallengeStep.OldMobile)
        {
            challenge = await otp.SendAsync(challenge, user.Mobile, cancellationToken);
        }
        else
        {
            await challenges.SaveAsync(challenge, cancellationToken);
        }
        return SignInNext.For(challenge, MobileChangeGate.OpensAt(user, options));
    }

    internal static void EnsureCanSignIn(UserAccount user)
    {
        switch (user)
        {
            case { Status: AccountStatus.Pending }:
                throw RefusalException.Forbidden("account-not-confirmed", SignInMessages.NotConfirmed);
            case { Status: AccountStatus.Deactivated }:
                throw RefusalException.Forbidden("account-deactivated", SignInMessages.Deactivated);
            case { Locked: true }:
                throw SignInRefusals.Locked();
        }
    }

    private SignInChallenge NewChallenge(UserAccount user) => new(
        SecretCodes.NewId(), user.Id, ChallengeStep.Otp, clock.GetUtcNow() + SignInChallenge.Lifetime);
}
