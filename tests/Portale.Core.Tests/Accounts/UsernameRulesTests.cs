using Portale.Core.Accounts;

namespace Portale.Core.Tests.Accounts;

public class UsernameRulesTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("Mario.Rossi")]
    [InlineData("m-r_$@*!.9")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123")]
    public void Accepts_allowed_characters_from_3_to_30(string username) => Assert.Empty(UsernameRules.Validate(username));

    [Theory]
    [InlineData("ab")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ01234")]
    public void Refuses_wrong_length(string username) => Assert.Equal([UsernameRules.WrongLength], UsernameRules.Validate(username));

    [Fact]
    public void Refuses_spaces() => Assert.Equal([UsernameRules.NoSpaces], UsernameRules.Validate("mario rossi"));

    [Theory]
    [InlineData("mario#rossi")]
    [InlineData("niccolò")]
    [InlineData("mario+rossi")]
    [InlineData("mario/rossi")]
    public void Refuses_characters_outside_the_set(string username) =>
        Assert.Equal([UsernameRules.WrongCharacters], UsernameRules.Validate(username));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Requires_a_value(string? username) => Assert.Equal([UsernameRules.Required], UsernameRules.Validate(username));

    [FsCheck.Xunit.Property]
    public bool Every_accepted_username_uses_only_the_manual_characters(string? username) =>
        !UsernameRules.IsValid(username)
        || (username!.Length is >= 3 and <= 30 && username.All(c => char.IsAsciiLetterOrDigit(c) || "-_$@*!.".Contains(c)));
}
