namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// The code steps (manual 5.1): 5 wrong codes in a row lock the account (and end its sessions), at
/// most 3 re-sends, codes live 5 minutes. The OTP opens the session; the current number's code clears
/// a confirmed change of mobile and asks for the new number; the new number's code saves it. A code
/// that comes back proves the phone: only then is a password chosen in this sign-in stored, and the
/// number claimed for the person's codice fiscale (so whether a number is taken is told only to
/// whoever receives its codes).
/// </summary>
public sealed class OtpService(
    ChallengeAccess access,
    ISignInChallengeStore challenges,
    IUserStore users,
    IMobileRegistry mobiles,
    OtpSender otp,
    IAttemptLog attempts,
    AccountPasswords passwords,
    SessionService sessions,
    AccountMessenger messenger,
    TimeProvider clock)
{
    public const int MaxFailedAttempts = 5;

    /// <param name="presentedSessionId">The session cookie the request came with, if any: it is ended, the
    /// sign-in always gives a fresh id.</param>
    public async Task<OtpOutcome> VerifyAsync(
        string? challengeId, string? code, string? presentedSessionId, CancellationToken cancellationToken)
    {
        var (challenge, user) = await access.LoadAsync(
            challengeId, cancellationToken, ChallengeStep.Otp, ChallengeStep.NewMobile, ChallengeStep.OldMobile);
        if (challenge.CodeHash is null)
        {
            throw RefusalException.Conflict("wrong-step", SignInMessages.WrongStep);
        }
        if (challenge.CodeExpiresAt <= clock.GetUtcNow())
        {
            throw RefusalException.BadRequest("otp-expired", SignInMessages.OtpExpired);
        }
        var counted = await CountAsync(user, cancellationToken);
        if (!otp.Matches(challenge, code))
        {
            await RefuseAsync(counted, challenge.Id, cancellationToken);
        }
        var locksNow = counted.Locked;
        if (challenge.Step == ChallengeStep.OldMobile)
        {
            return new OtpOutcome(null, await ClearMobileChangeAsync(challenge, user, locksNow, cancellationToken));
        }
        await challenges.DeleteAsync(challenge.Id, cancellationToken);
        var newMobile = challenge.Step == ChallengeStep.NewMobile ? challenge.NewMobile : null;
        if ((newMobile is not null || !user.MobileVerified)
            && !await mobiles.TryClaimAsync(newMobile ?? user.Mobile, user.FiscalCode, cancellationToken))
        {
            throw RegistrationService.MobileInUseProblem(
                newMobile is null ? RegistrationService.MobileInUseAtSignIn : RegistrationService.MobileInUse);
        }
        if (challenge.PendingPasswordHash is { } hash)
        {
            user = await passwords.CommitAsync(user, hash, null, cancellationToken);
        }
        var now = clock.GetUtcNow();
        var saved = await users.ApplyAsync(user.Id, u => u with
        {
            Locked = u.Locked && !locksNow,
            FailedOtpAttempts = 0,
            LastActivityAt = now,
            MobileVerified = true,
            Mobile = newMobile ?? u.Mobile,
            MobileChangeRequired = newMobile is null && u.MobileChangeRequired,
            MobileChangeRequestedAt = newMobile is null ? u.MobileChangeRequestedAt : null,
            MobileChangeCleared = newMobile is null && u.MobileChangeCleared,
        }, cancellationToken) ?? user;
        if (newMobile is not null)
        {
            await sessions.EndAllAsync(saved.Id, cancellationToken);
            await messenger.SmsAsync(user.Mobile, AccountSms.MobileChanged(saved.Username), cancellationToken);
            await messenger.EmailAsync(saved, AccountEmails.MobileChanged(saved.Username), cancellationToken);
        }
        await sessions.EndAsync(presentedSessionId, cancellationToken);
        return new OtpOutcome(await sessions.OpenAsync(saved.Id, saved.Username, cancellationToken), null);
    }

    public async Task<SignInNext> ResendAsync(string? challengeId, CancellationToken cancellationToken)
    {
        var (challenge, user) = await access.LoadAsync(
            challengeId, cancellationToken, ChallengeStep.Otp, ChallengeStep.NewMobile, ChallengeStep.OldMobile);
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
        var sent = await otp.SendAsync(
            challenge with { Resends = challenge.Resends + 1 }, challenge.NewMobile ?? user.Mobile, cancellationToken);
        return SignInNext.For(sent);
    }

    /// <summary>
    /// The attempt is counted before the code is compared, so parallel guesses cannot exceed five. The
    /// fifth counted attempt locks in the same write, so no failure later on can leave it unlocked; a
    /// right code on that attempt still passes (the lock is lifted with the counter).
    /// </summary>
    private async Task<UserAccount> CountAsync(UserAccount user, CancellationToken cancellationToken)
    {
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
        return counted is null || lockedBefore ? throw SignInRefusals.Locked() : counted;
    }

    /// <summary>The current number answered: the change is cleared and the sign-in asks for the new number.</summary>
    private async Task<SignInNext> ClearMobileChangeAsync(
        SignInChallenge challenge, UserAccount user, bool locksNow, CancellationToken cancellationToken)
    {
        if (challenge.PendingPasswordHash is { } hash)
        {
            user = await passwords.CommitAsync(user, hash, null, cancellationToken);
        }
        await users.ApplyAsync(user.Id, u => u with
        {
            Locked = u.Locked && !locksNow,
            FailedOtpAttempts = 0,
            MobileChangeCleared = u.MobileChangeRequired,
        }, cancellationToken);
        var next = challenge with
        {
            Step = ChallengeStep.NewMobile,
            CodeHash = null,
            CodeExpiresAt = null,
            Resends = 0,
            PendingPasswordHash = null,
        };
        await challenges.SaveAsync(next, cancellationToken);
        return SignInNext.For(next);
    }

    private async Task RefuseAsync(UserAccount counted, string challengeId, CancellationToken cancellationToken)
    {
        if (counted.FailedOtpAttempts >= MaxFailedAttempts)
        {
            await challenges.DeleteAsync(challengeId, cancellationToken);
            await sessions.EndAllAsync(counted.Id, cancellationToken);
            throw SignInRefusals.Locked();
        }
        throw new RefusalException(RefusalKind.BadRequest, "otp-invalid", SignInMessages.OtpInvalid,
            extensions: new Dictionary<string, object?>
            {
                ["attemptsLeft"] = MaxFailedAttempts - counted.FailedOtpAttempts,
            });
    }
}
