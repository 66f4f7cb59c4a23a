namespace Portale.Core.Identity;

/// <summary>
/// A server-side session: an opaque id in the cookie, the state here, so logout and expiry are real.
/// <see cref="Key"/> is the keyed hash of the id: the id itself is never stored.
/// </summary>
public sealed record OperatorSession(
    string Key,
    string UserId,
    string Username,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset ExpiresAt)
{
    /// <summary>Idle sessions end after this long without a request.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>No session lives longer than this, however active.</summary>
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(10);

    public bool IsValidAt(DateTimeOffset now) => now < EndsAt;

    /// <summary>When the session ends unless a request comes first.</summary>
    public DateTimeOffset EndsAt => LastSeenAt + IdleTimeout < ExpiresAt ? LastSeenAt + IdleTimeout : ExpiresAt;
}
