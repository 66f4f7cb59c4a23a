namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// Sliding windows over the attempt log. Per username: 5 failed passwords in 15 minutes, then every
/// attempt (right or wrong) waits; per client address: 20 sign-in attempts in 15 minutes. Unknown
/// usernames are counted exactly like known ones, so the limit reveals nothing.
/// Every attempt is recorded before it is counted, so parallel requests cannot all slip under the limit;
/// a password that turns out right withdraws its record (<see cref="SucceededAsync"/>).
/// </summary>
public sealed class LoginRateLimits(IAttemptLog log, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int MaxFailuresPerUsername = 5;
    public const int MaxAttemptsPerAddress = 20;
    public const string TooMany = "Troppi tentativi di accesso: riprovare tra 15 minuti.";

    /// <param name="clientAddress">Null when the attempt is not a sign-in (a change of password): only the username counts.</param>
    /// <returns>The attempt's id, to pass to <see cref="SucceededAsync"/> when the password is right.</returns>
    public async Task<string> BeginAsync(string usernameKey, string? clientAddress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Window;
        if (clientAddress is not null)
        {
            await log.RecordAsync(AddressKey(clientAddress), now, cancellationToken);
            if (await log.CountSinceAsync(AddressKey(clientAddress), since, cancellationToken) > MaxAttemptsPerAddress)
            {
                throw Refusal();
            }
        }
        var key = UsernameKey(usernameKey);
        var attempt = await log.RecordAsync(key, now, cancellationToken);
        if (await log.CountSinceAsync(key, since, cancellationToken) > MaxFailuresPerUsername)
        {
            await log.DeleteAsync(key, attempt, cancellationToken);
            throw Refusal();
        }
        return attempt;
    }

    public Task SucceededAsync(string usernameKey, string attempt, CancellationToken cancellationToken) =>
        log.DeleteAsync(UsernameKey(usernameKey), attempt, cancellationToken);

    private static AccountException Refusal() => new(429, "too-many-attempts", TooMany) { RetryAfter = Window };

    private static string UsernameKey(string username) => "user:" + username.Trim().ToLowerInvariant();

    private static string AddressKey(string address) => "addr:" + address;
}
