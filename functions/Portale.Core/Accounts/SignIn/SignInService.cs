namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// Username and password (manual ch. 5): rate-limited, the same answer and the same work for a wrong
/// username and a wrong password; then the step the account needs (change of password, new mobile, OTP).
/// </summary>
public sealed class SignInService(
    IUserStore users,
    AccountPasswords passwords,
    LoginRateLimits limits,
    ISignInChallengeStore challenges,
    OtpSender otp,
    TimeProvider clock)
{
    public async Task<SignInNext> LoginAsync(
        string? username, string? password, string clientAddress, CancellationToken cancellationToken)
    {
        var key = (username ?? string.Empty).Trim().ToLowerInvariant();
        var attempt = await limits.BeginAsync(key, clientAddress, cancellationToken);
        var userId = UserIds.From(username);
        var user = userId is null ? null : await users.FindAsync(userId, cancellationToken);
        if (!passwords.Verify(user, password))
        {
            throw RefusalException.Unauthenticated("invalid-credentials", SignInMessages.InvalidCredentials);
        }
        await limits.SucceededAsync(attempt, cancellationToken);
        EnsureCanSignIn(user!);
        var now = clock.GetUtcNow();
        var expired = PasswordExpiry.IsExpired(user!.PasswordChangedAt, now);
        var challenge = new SignInChallenge(
            SecretCodes.NewId(), user.Id, ChallengeStep.Otp, now + SignInChallenge.Lifetime);
        return await StartStepAsync(user, user.MustChangePassword || expired
            ? challenge with
            {
                Step = ChallengeStep.ChangePassword,
                PasswordExpired = expired && !user.MustChangePassword,
            }
            : challenge, cancellationToken);
    }

    /// <summary>Moves the challenge to the step the account needs next (after a password change, for one).</summary>
    internal async Task<SignInNext> StartStepAsync(
        UserAccount user, SignInChallenge challenge, CancellationToken cancellationToken)
    {
        if (challenge.Step != ChallengeStep.ChangePassword && user.MobileChangeRequired
            && challenge.Step != ChallengeStep.NewMobile)
        {
            challenge = challenge with { Step = ChallengeStep.NewMobile, CodeHash = null, CodeExpiresAt = null };
        }
        if (challenge.Step == ChallengeStep.Otp)
        {
            challenge = await otp.SendAsync(challenge, user.Mobile, verification: false, cancellationToken);
        }
        else
        {
            await challenges.SaveAsync(challenge, cancellationToken);
        }
        return SignInNext.For(challenge);
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
}
