using Portale.Core.Accounts.Search;
using Portale.Core.Accounts.Users;
using Portale.Core.Tests.Accounts.Fakes;

namespace Portale.Core.Tests.Accounts.Search;

public sealed class UserSearchTermsTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("  Nicolò   DE  Rossi ", "nicolo de rossi")]
    [InlineData("ÀNGELA", "angela")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Normalizes_case_accents_and_spaces(string? text, string expected) =>
        Assert.Equal(expected, UserSearchTerms.Normalize(text));

    [Theory]
    [InlineData("mario.r", true)]
    [InlineData("nicolò", true)]
    [InlineData("verdi nic", true)]
    [InlineData("nicolo verdi", true)]
    [InlineData("rssmra85", true)]
    [InlineData("posta.mario@", true)]
    [InlineData("rossi", false)]
    [InlineData("example", false)]
    [InlineData("a562s", false)]
    public void An_account_matches_a_prefix_of_username_either_name_order_fiscal_code_or_email_not_an_infix(
        string prefix, bool matches)
    {
        var user = TestAccounts.Active("mario.rossi", At) with
        {
            FirstName = "Nicolò", LastName = "Verdi", FiscalCode = "RSSMRA85T10A562S", Email = "Posta.Mario@example.com",
        };
        Assert.Equal(matches, UserSearchTerms.Matches(user, UserSearchTerms.Normalize(prefix)));
    }

    [Fact]
    public void States_follow_the_account_a_deactivation_winning_over_a_lock()
    {
        var user = TestAccounts.Active("mario", At);
        Assert.Equal(UserState.Active, UserStates.Of(user));
        Assert.Equal(UserState.Locked, UserStates.Of(user with { Locked = true }));
        Assert.Equal(UserState.Deactivated, UserStates.Of(user with { Locked = true, Status = AccountStatus.Deactivated }));
        Assert.Equal(UserState.Unconfirmed, UserStates.Of(user with { Status = AccountStatus.Pending }));
        Assert.Equal(UserState.Locked, UserStates.Parse("LOCKED"));
        Assert.Null(UserStates.Parse(""));
        Assert.Equal("state-invalid", Assert.Throws<Refusals.RefusalException>(() => UserStates.Parse("bloccato")).Code);
    }
}
