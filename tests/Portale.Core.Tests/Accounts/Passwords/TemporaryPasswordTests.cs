using Portale.Core.Accounts.Passwords;

namespace Portale.Core.Tests.Accounts.Passwords;

public sealed class TemporaryPasswordTests
{
    [Fact]
    public void Every_temporary_password_satisfies_the_policy_and_is_unique()
    {
        var context = new PasswordContext("mario.rossi", "Mario", "Rossi");
        var passwords = Enumerable.Range(0, 500).Select(_ => TemporaryPassword.New(context)).ToList();
        Assert.All(passwords, p =>
        {
            Assert.Equal(TemporaryPassword.Length, p.Length);
            Assert.Empty(PasswordPolicy.Validate(p, context));
            Assert.DoesNotContain(' ', p);
        });
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
    }
}
