using Microsoft.Extensions.Time.Testing;
using Portale.Core.Accounts.Tokens;
using Portale.Core.Tests.Accounts.Fakes;

namespace Portale.Core.Tests.Accounts.Tokens;

public sealed class AccountTokensTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-10T10:00:00Z"));
    private readonly AccountTokens tokens;

    public AccountTokensTests() => tokens = new AccountTokens(new InMemoryLedgers(), TestAccounts.Secrets, clock);

    [Fact]
    public async Task A_link_works_once_for_its_purpose()
    {
        var token = await tokens.IssueAsync(AccountTokenPurpose.ConfirmRegistration, "mario", CancellationToken.None);
        Assert.Equal("mario", await tokens.RedeemAsync(token, AccountTokenPurpose.ConfirmRegistration, CancellationToken.None));
        Assert.Null(await tokens.RedeemAsync(token, AccountTokenPurpose.ConfirmRegistration, CancellationToken.None));
    }

    [Fact]
    public async Task Another_purpose_an_expired_link_or_garbage_redeem_nothing()
    {
        var other = await tokens.IssueAsync(AccountTokenPurpose.ConfirmMobileChange, "mario", CancellationToken.None);
        Assert.Null(await tokens.RedeemAsync(other, AccountTokenPurpose.ConfirmRegistration, CancellationToken.None));
        var late = await tokens.IssueAsync(AccountTokenPurpose.ConfirmRegistration, "mario", CancellationToken.None);
        clock.Advance(AccountTokens.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Null(await tokens.RedeemAsync(late, AccountTokenPurpose.ConfirmRegistration, CancellationToken.None));
        Assert.Null(await tokens.RedeemAsync("abc", AccountTokenPurpose.ConfirmRegistration, CancellationToken.None));
        Assert.Null(await tokens.RedeemAsync(null, AccountTokenPurpose.ConfirmRegistration, CancellationToken.None));
    }
}
