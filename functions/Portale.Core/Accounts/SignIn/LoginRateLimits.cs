namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// Sliding windows over the attempt log. Per username: 5 failed passwords in 15 minutes, then every
/// attempt (right or wrong) waits; per client address: 20 failed sign-ins in 15 minutes. Only
/// failures count against an address: a company's operators often share one public address (and
/// the front end may present few), so a morning's right sign-ins must not lock them out. Unknown
/// usernames are counted exactly like known ones, so the limit reveals nothing.
/// Every attempt is recorded before it is counted, so parallel requests cannot all slip under the limit;
/// a password that turns out right withdraws its records (<see cref="SucceededAsync"/>).
/// </summary>
public sealed class LoginRateLimits(IAttemptLog log, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public const int MaxFailuresPerUsername = 5;
    public const int MaxFailuresPerAddress = 20;
    public const string TooMany = "Troppi tentativi di accesso: riprovare tra 15 minuti.";

    /// <param name="clientAddress">Null when the attempt is not a sign-in (a change of password): only the username
    /// counts.</param>
    /// <returns>The attempt's records, to pass to <see cref="SucceededAsync"/> when the password is right.</returns>
    public async Task<LoginAttempt> BeginAsync(
        string usernameKey, string? clientAddress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - Window;
        string? addressRecord = null;
        if (clientAddress is not null)
        {
            addressRecord = await log.RecordAsync(AddressKey(clientAddress), now, cancellationToken);
            if (await log.CountSinceAsync(AddressKey(clientAddress), since, cancellationToken) > MaxFailuresPerAddress)
            {
                throw Refusal();
            }
        }
        var key = UsernameKey(usernameKey);
        var usernameRecord = await log.RecordAsync(key, now, cancellationToken);
        if (await log.CountSinceAsync(key, since, cancellationToken) > MaxFailuresPerUsername)
        {
            await log.DeleteAsync(key, usernameRecord, cancellationToken);
            throw Refusal();
        }
        return new LoginAttempt(
            key, usernameRecord, clientAddress is null ? null : AddressKey(clientAddress), addressRecord);
    }

    public async Task SucceededAsync(LoginAttempt attempt, CancellationToken cancellationToken)
    {
        await log.DeleteAsync(attempt.UsernameKey, attempt.UsernameRecord, cancellationToken);
        if (attempt is { AddressKey: { } addressKey, AddressRecord: { } addressRecord })
        {
            await log.DeleteAsync(addressKey, addressRecord, cancellationToken);
        }
    }

    private static RefusalException Refusal() => RefusalException.TooManyRequests("too-many-attempts", TooMany, Window);

    private static string UsernameKey(string username) => "user:" + username.Trim().ToLowerInvariant();

    private static string AddressKey(string address) => "addr:" + address;
}
