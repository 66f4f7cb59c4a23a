namespace Portale.Core.Accounts.SignIn;

/// <summary>A sign-in between the password and the session: the code sent, its hash, its re-sends.</summary>
/// <param name="ViaTemporary">The sign-in began with the emailed temporary password.</param>
/// <param name="PendingPasswordHash">The new password chosen in this sign-in, stored only once a code
/// sent to the user's mobile has come back: the mailbox alone changes nothing.</param>
public sealed record SignInChallenge(
    string Id,
    string UserId,
    ChallengeStep Step,
    DateTimeOffset ExpiresAt,
    string? CodeHash = null,
    DateTimeOffset? CodeExpiresAt = null,
    int Resends = 0,
    string? NewMobile = null,
    bool PasswordExpired = false,
    bool ViaTemporary = false,
    string? PendingPasswordHash = null)
{
    /// <summary>The whole sign-in must finish within this time.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    /// <summary>An OTP code is valid this long.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

    public const int MaxResends = 3;
}
