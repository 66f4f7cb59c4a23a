namespace Portale.Core.Accounts.Captcha;

public sealed class CaptchaOptions
{
    /// <summary>Upper bound of the secret number: the work a browser does (ALTCHA's default is 1,000,000).</summary>
    public int MaxNumber { get; set; } = 100_000;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);
}
