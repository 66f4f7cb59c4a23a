using Portale.Core.Accounts.Passwords;

namespace Portale.Core.Tests.Accounts.Passwords;

public class PasswordHasherTests
{
    // Cheap on purpose: the default cost is asserted separately.
    private readonly PasswordHasher hasher = new(iterations: 1_000);

    [Fact]
    public void Default_cost_follows_owasp_2023()
    {
        Assert.True(PasswordHasher.DefaultIterations >= 600_000);
        Assert.Equal(PasswordHasher.DefaultIterations, new PasswordHasher().Iterations);
    }

    [Fact]
    public void Encodes_scheme_iterations_salt_and_hash()
    {
        var parts = hasher.Hash("Zx7!qwTy").Split('$');
        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("1000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
    }

    [Fact]
    public void Verifies_the_right_password_only()
    {
        var encoded = hasher.Hash("Zx7!qwTy");
        Assert.True(hasher.Verify("Zx7!qwTy", encoded));
        Assert.False(hasher.Verify("zx7!qwTy", encoded));
        Assert.False(hasher.Verify("Zx7!qwTy ", encoded));
    }

    [Fact]
    public void Salts_every_hash() => Assert.NotEqual(hasher.Hash("Zx7!qwTy"), hasher.Hash("Zx7!qwTy"));

    [Fact]
    public void Verifies_with_the_iterations_stored_in_the_hash()
    {
        var old = new PasswordHasher(iterations: 500).Hash("Zx7!qwTy");
        Assert.True(hasher.Verify("Zx7!qwTy", old));
        Assert.True(hasher.NeedsRehash(old));
        Assert.False(hasher.NeedsRehash(hasher.Hash("Zx7!qwTy")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData("bcrypt$1000$c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$abc$c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$0$c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$99999999$c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$1000$not base64$aGFzaA==")]
    [InlineData("pbkdf2-sha256$1000$$")]
    public void Rejects_malformed_hashes_without_throwing(string encoded)
    {
        Assert.False(hasher.Verify("Zx7!qwTy", encoded));
        Assert.True(hasher.NeedsRehash(encoded));
    }

    [FsCheck.Xunit.Property(MaxTest = 25)]
    public bool Round_trips_any_password(string? password)
    {
        var value = password ?? string.Empty;
        return hasher.Verify(value, hasher.Hash(value)) && !hasher.Verify(value + "x", hasher.Hash(value));
    }
}
