namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// Sliding windows over the attempt log. Per username: 5 failed passwords in 15 minutes, then every
/// attempt (right or wrong) waits; per client address: 20 sign-in attempts in 15 minutes. Unknown
/// usernames are counted exactly like known ones, so the limit reveals nothing.
/// </summary>
public sealed class LoginRateLimits(IAttemptLog log, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int MaxFailuresPerUsername = 5;
    public const int MaxAttemptsPerAddress = 20;
    public const string TooMany = "Troppi tentativi di accesso: riprovare tra 15 minuti.";

    /// <param name="clientAddress">Null when the attempt is not a sign-in (a change of password): only the username counts.</param>
    public async Task CheckAsync(string usernameKey, string? clientAddress, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Window;
        if (await log.CountSinceAsync(UsernameKey(usernameKey), since, cancellationToken) >= MaxFailuresPerUsername
            || (clientAddress is not null && await log.CountSinceAsync(AddressKey(clientAddress), since, cancellationToken) >= MaxAttemptsPerAddress))
        {
            throw new AccountException(429, "too-many-attempts", TooMany) { RetryAfter = Window };
        }
        if (clientAddress is not null)
        {
            await log.RecordAsync(AddressKey(clientAddress), clock.GetUtcNow(), cancellationToken);
        }
    }

    public Task RecordFailureAsync(string usernameKey, CancellationToken cancellationToken) =>
        log.RecordAsync(UsernameKey(usernameKey), clock.GetUtcNow(), cancellationToken);

    private static string UsernameKey(string username) => "user:" + username.Trim().ToLowerInvariant();

    private static string AddressKey(string address) => "addr:" + address;
}
