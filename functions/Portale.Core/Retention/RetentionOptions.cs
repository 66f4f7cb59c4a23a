namespace Portale.Core.Retention;

/// <summary>How long the clean-up keeps what has outlived its purpose (<c>Portale:Retention</c>).</summary>
public sealed class RetentionOptions
{
    /// <summary>
    /// How long a row is kept after it ended on its own: sessions, sign-in challenges, link tokens, the
    /// captcha ledger, and registrations never confirmed within their link's 3 days.
    /// </summary>
    public TimeSpan AfterExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long sign-in, recovery and re-send attempts are kept; never less than the longest window
    /// that counts them (<see cref="RetentionService"/> makes sure).
    /// </summary>
    public TimeSpan SignInAttempts { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long the development outbox keeps a message.</summary>
    public TimeSpan Outbox { get; set; } = TimeSpan.FromDays(30);
}
