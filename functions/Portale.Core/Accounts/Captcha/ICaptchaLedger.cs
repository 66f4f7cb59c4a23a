namespace Portale.Core.Accounts.Captcha;

/// <summary>Solved challenges already used: each challenge passes once.</summary>
public interface ICaptchaLedger
{
    /// <summary>False when the challenge was already used.</summary>
    Task<bool> TryUseAsync(string challenge, DateTimeOffset expiresAt, CancellationToken cancellationToken);
}
