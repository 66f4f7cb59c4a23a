namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// The OTP step (manual 5.1): 5 wrong codes in a row lock the account, at most 3 re-sends, codes live
/// 5 minutes; on success the session opens. For a change of mobile the code goes to the new number,
/// which is saved when the code is right.
/// </summary>
public sealed class OtpService(
    ChallengeAccess access,
    ISignInChallengeStore challenges,
    IUserStore users,
    IMobileRegistry mobiles,
    OtpSender otp,
    IAttemptLog attempts,
    SessionService sessions,
    AccountMessenger messenger,
    TimeProvider clock)
{
    public const int MaxFailedAttempts = 5;

    public async Task<OperatorSession> VerifyAsync(
        string? challengeId, string? code, CancellationToken cancellationToken)
    {
        var (challenge, user) = await access.LoadAsync(
            challengeId, cancellationToken, ChallengeStep.Otp, ChallengeStep.NewMobile);
        if (challenge.CodeHash is null)
        {
            throw RefusalException.Conflict("wrong-step", SignInMessages.WrongStep);
        }
        if (challenge.CodeExpiresAt <= clock.GetUtcNow())
        {
            throw RefusalException.BadRequest("otp-expired", SignInMessages.OtpExpired);
        }
        // The attempt is counted before the code is compared, so parallel guesses cannot exceed five.
        // The fifth counted attempt locks in the same write, so no failure later on can leave it unlocked;
        // a right code on that attempt still signs in (the lock is lifted with the counter below).
        var lockedBefore = false;
        var counted = await users.ApplyAsync(user.Id, u =>
        {
            lockedBefore = u.Locked;
            return u.Locked ? u : u with
            {
                FailedOtpAttempts = u.FailedOtpAttempts + 1,
                Locked = u.FailedOtpAttempts + 1 >= MaxFailedAttempts,
            };
        }, cancellationToken);
        if (counted is null || lockedBefore)
        {
            throw SignInRefusals.Locked();
        }
        var locksNow = counted.Locked;
        if (!otp.Matches(challenge, code))
        {
            await RefuseAsync(counted, challenge.Id, cancellationToken);
        }
        await challenges.DeleteAsync(challenge.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var newMobile = challenge.Step == ChallengeStep.NewMobile ? challenge.NewMobile : null;
        if (newMobile is not null && !await mobiles.TryClaimAsync(newMobile, user.FiscalCode, cancellationToken))
        {
            throw RegistrationService.MobileInUseProblem();
        }
        var saved = await users.ApplyAsync(user.Id, u => u with
        {
            Locked = u.Locked && !locksNow,
            FailedOtpAttempts = 0,
            LastActivityAt = now,
            Mobile = newMobile ?? u.Mobile,
            MobileChangeRequired = newMobile is null && u.MobileChangeRequired,
        }, cancellationToken) ?? user;
        if (newMobile is not null)
        {
            await messenger.EmailAsync(saved, AccountEmails.MobileChanged(saved.Username), cancellationToken);
        }
        return await sessions.OpenAsync(saved.Id, saved.Username, cancellationToken);
    }

    public async Task<SignInNext> ResendAsync(string? challengeId, CancellationToken cancellationToken)
    {
        var (challenge, user) = await access.LoadAsync(
            challengeId, cancellationToken, ChallengeStep.Otp, ChallengeStep.NewMobile);
        if (challenge.CodeHash is null)
        {
            throw RefusalException.Conflict("wrong-step", SignInMessages.WrongStep);
        }
        // Recorded before it is counted: parallel re-sends cannot send more than three SMS.
        var key = "otp-resend:" + challenge.Id;
        await attempts.RecordAsync(key, clock.GetUtcNow(), cancellationToken);
        if (challenge.Resends >= SignInChallenge.MaxResends
            || await attempts.CountSinceAsync(
                key, DateTimeOffset.MinValue, cancellationToken) > SignInChallenge.MaxResends)
        {
            throw SignInRefusals.ResendLimit();
        }
        var verification = challenge.Step == ChallengeStep.NewMobile;
        var sent = await otp.SendAsync(
            challenge with { Resends = challenge.Resends + 1 }, challenge.NewMobile ?? user.Mobile, verification,
            cancellationToken);
        return SignInNext.For(sent);
    }

    private async Task RefuseAsync(UserAccount counted, string challengeId, CancellationToken cancellationToken)
    {
        if (counted.FailedOtpAttempts >= MaxFailedAttempts)
        {
            await challenges.DeleteAsync(challengeId, cancellationToken);
            throw SignInRefusals.Locked();
        }
        throw new RefusalException(RefusalKind.BadRequest, "otp-invalid", SignInMessages.OtpInvalid,
            extensions: new Dictionary<string, object?>
            {
                ["attemptsLeft"] = MaxFailedAttempts - counted.FailedOtpAttempts,
            });
    }
}
