namespace Portale.Core.Accounts.Passwords;

/// <summary>Passwords expire 3 calendar months (Europe/Rome) after they were set.</summary>
public static class PasswordExpiry
{
    public const int Months = 3;

    public static DateTimeOffset ExpiresAt(DateTimeOffset changedAt) => RomeTime.ToRome(changedAt).AddMonths(Months);

    public static bool IsExpired(DateTimeOffset? changedAt, DateTimeOffset now) =>
        changedAt is { } at && now >= ExpiresAt(at);
}
