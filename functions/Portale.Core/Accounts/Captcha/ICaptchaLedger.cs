namespace Portale.Core.Accounts.Captcha;

/// <summary>Solved challenges already used: each challenge passes once.</summary>
public interface ICaptchaLedger
{
    /// <summary>False when the challenge was already used.</summary>
    Task<bool> TryUseAsync(string challenge, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the used challenges that expired before <paramref name="expiredBefore"/> (an expired challenge
    /// is refused by its signature anyway); returns how many.
    /// </summary>
    Task<int> PurgeAsync(DateTimeOffset expiredBefore, CancellationToken cancellationToken);
}
