using Portale.Core.Accounts.Passwords;

namespace Portale.Core.Tests.Accounts.Passwords;

public sealed class PasswordExpiryTests
{
    [Fact]
    public void Expires_three_calendar_months_later_in_Rome_across_summer_time()
    {
        var changed = DateTimeOffset.Parse("2026-01-31T10:00:00+01:00");
        var expires = PasswordExpiry.ExpiresAt(changed);
        Assert.Equal(new DateTime(2026, 4, 30, 10, 0, 0), expires.DateTime);
        Assert.False(PasswordExpiry.IsExpired(changed, expires.AddSeconds(-1)));
        Assert.True(PasswordExpiry.IsExpired(changed, expires));
    }

    [Fact]
    public void A_password_never_set_does_not_expire() =>
        Assert.False(PasswordExpiry.IsExpired(null, DateTimeOffset.MaxValue));
}
