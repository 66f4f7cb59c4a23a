using System.Text.Json;
using Portale.Core.Accounts.Passwords;

namespace Portale.Core.Tests.Accounts.Passwords;

public class PasswordStrengthTests
{
    private static readonly string[] Labels = ["Forte", "Media", "Debole", "Molto debole", "Troppo corta", "Troppo lunga"];

    public static TheoryData<string, string> SharedVectors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "vectors", "password-strength.json");
        using var stream = File.OpenRead(path);
        var data = new TheoryData<string, string>();
        foreach (var vector in JsonDocument.Parse(stream).RootElement.EnumerateArray())
        {
            data.Add(vector.GetProperty("password").GetString()!, vector.GetProperty("expected").GetString()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SharedVectors))]
    public void Matches_the_vectors_shared_with_the_web(string password, string expected) =>
        Assert.Equal(expected, PasswordStrength.EvaluateLabel(password));

    [Fact]
    public void Shared_vectors_cover_every_level() =>
        Assert.Equal(Labels.Order(), SharedVectors().Select(row => (string)row[1]).Distinct().Order());

    [Theory]
    [InlineData(PasswordStrengthLevel.Strong, "Forte")]
    [InlineData(PasswordStrengthLevel.Medium, "Media")]
    [InlineData(PasswordStrengthLevel.Weak, "Debole")]
    [InlineData(PasswordStrengthLevel.VeryWeak, "Molto debole")]
    [InlineData(PasswordStrengthLevel.TooShort, "Troppo corta")]
    [InlineData(PasswordStrengthLevel.TooLong, "Troppo lunga")]
    public void Labels_are_the_manuals(PasswordStrengthLevel level, string label) => Assert.Equal(label, PasswordStrength.Label(level));

    [Fact]
    public void A_policy_compliant_password_without_runs_is_at_least_medium() =>
        Assert.Equal(PasswordStrengthLevel.Medium, PasswordStrength.Evaluate("Zx7!qwTy"));

    [FsCheck.Xunit.Property]
    public bool Length_alone_decides_too_short_and_too_long(string? input)
    {
        var password = input ?? string.Empty;
        var length = password.EnumerateRunes().Count();
        var level = PasswordStrength.Evaluate(password);
        return (level == PasswordStrengthLevel.TooShort) == (length < 8)
            && (level == PasswordStrengthLevel.TooLong) == (length > 20);
    }
}
