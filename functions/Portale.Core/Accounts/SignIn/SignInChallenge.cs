namespace Portale.Core.Accounts.SignIn;

/// <summary>A sign-in between the password and the session: the OTP sent, its hash, its re-sends.</summary>
public sealed record SignInChallenge(
    string Id,
    string UserId,
    ChallengeStep Step,
    DateTimeOffset ExpiresAt,
    string? CodeHash = null,
    DateTimeOffset? CodeExpiresAt = null,
    int Resends = 0,
    string? NewMobile = null,
    bool PasswordExpired = false)
{
    /// <summary>The whole sign-in must finish within this time.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(20);

    /// <summary>An OTP code is valid this long.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(5);

    public const int MaxResends = 3;
}
