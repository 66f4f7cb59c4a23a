namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// Sliding windows over the attempt log that slow guessing without letting a stranger keep the owner
/// out. Per username and client address together: 5 failed passwords in 15 minutes, then that pair
/// waits (429) — the owner, elsewhere, does not. Per client address: 20 failed sign-ins in 15 minutes.
/// Per username over every address: after 10 failures in 15 minutes each attempt needs the captcha
/// (a proof of work the owner solves in a second), never a block. Only failures count: a company's
/// operators often share one public address, so a morning's right sign-ins must not lock them out.
/// Unknown usernames are counted exactly like known ones, so the limits reveal nothing.
/// Every attempt is recorded before it is counted, so parallel requests cannot all slip under a limit;
/// a password that turns out right withdraws its records (<see cref="SucceededAsync"/>).
/// </summary>
public sealed class LoginRateLimits(IAttemptLog log, CaptchaService captcha, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int MaxFailuresPerPair = 5;
    public const int MaxFailuresPerAddress = 20;
    public const int CaptchaAfterFailures = 10;
    public const string TooMany = "Troppi tentativi di accesso: riprovare tra 15 minuti.";
    public const string CaptchaRequired = "Per motivi di sicurezza, dopo ripetuti tentativi di accesso non riusciti, " +
        "è necessario completare il controllo \"Non sono un robot\" per accedere.";

    /// <returns>The attempt's records, to pass to <see cref="SucceededAsync"/> when the password is right.</returns>
    public async Task<LoginAttempt> BeginAsync(
        string username, string clientAddress, string? captchaPayload, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Window;
        var name = username.Trim().ToLowerInvariant();
        var usernameKey = "user:" + name;
        if (await log.CountSinceAsync(usernameKey, since, cancellationToken) >= CaptchaAfterFailures)
        {
            await RequireCaptchaAsync(captchaPayload, cancellationToken);
        }
        var addressKey = "addr:" + clientAddress;
        var address = await log.RecordAsync(addressKey, now, cancellationToken);
        if (await log.CountSinceAsync(addressKey, since, cancellationToken) > MaxFailuresPerAddress)
        {
            throw Refusal();
        }
        var pairKey = "pair:" + clientAddress + "|" + name;
        var pair = await log.RecordAsync(pairKey, now, cancellationToken);
        if (await log.CountSinceAsync(pairKey, since, cancellationToken) > MaxFailuresPerPair)
        {
            // Refused before any password check: it does not extend the pair's wait nor count for the username.
            await log.DeleteAsync(pairKey, pair, cancellationToken);
            throw Refusal();
        }
        var user = await log.RecordAsync(usernameKey, now, cancellationToken);
        return new LoginAttempt([(addressKey, address), (pairKey, pair), (usernameKey, user)]);
    }

    /// <summary>The current password asked again by a signed-in user or a sign-in step: 5 wrong in 15 minutes.</summary>
    public async Task<LoginAttempt> BeginCurrentPasswordAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var key = "current:" + userId;
        var record = await log.RecordAsync(key, now, cancellationToken);
        if (await log.CountSinceAsync(key, now - Window, cancellationToken) > MaxFailuresPerPair)
        {
            await log.DeleteAsync(key, record, cancellationToken);
            throw Refusal();
        }
        return new LoginAttempt([(key, record)]);
    }

    public async Task SucceededAsync(LoginAttempt attempt, CancellationToken cancellationToken)
    {
        foreach (var (key, record) in attempt.Records)
        {
            await log.DeleteAsync(key, record, cancellationToken);
        }
    }

    private async Task RequireCaptchaAsync(string? payload, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            throw new RefusalException(RefusalKind.BadRequest, "captcha-required", CaptchaRequired,
                RefusalException.FieldErrors("captcha", CaptchaRequired));
        }
        await captcha.VerifyAsync(payload, cancellationToken);
    }

    private static RefusalException Refusal() => RefusalException.TooManyRequests("too-many-attempts", TooMany, Window);
}
