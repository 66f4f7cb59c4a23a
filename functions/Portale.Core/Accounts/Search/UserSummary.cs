namespace Portale.Core.Accounts.Search;

/// <summary>An account as the Sportello's staff see it: its state and the companies it acts for.</summary>
public sealed record UserSummary(UserAccount Account, IReadOnlyList<EnabledCompany> Companies)
{
    public UserState State => UserStates.Of(Account);

    public DateTimeOffset? PasswordExpiresAt =>
        Account.PasswordChangedAt is { } changed ? PasswordExpiry.ExpiresAt(changed) : null;
}
