using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Portale.Core.Accounts;
using Portale.Core.Accounts.Captcha;
using Portale.Core.Refusals;
using Portale.Core.Tests.Accounts.Fakes;

namespace Portale.Core.Tests.Accounts.Captcha;

public sealed class CaptchaServiceTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-03-10T10:00:00+01:00"));
    private readonly CaptchaService captcha;

    public CaptchaServiceTests() =>
        captcha = new CaptchaService(TestAccounts.Secrets, new CaptchaOptions { MaxNumber = 500 }, new InMemoryLedgers(), clock);

    [Fact]
    public void Challenge_has_the_altcha_shape_and_an_expiry_in_the_salt()
    {
        var c = captcha.Create();
        Assert.Equal("SHA-256", c.Algorithm);
        Assert.Equal(64, c.Challenge.Length);
        Assert.Equal(64, c.Signature.Length);
        Assert.Equal(500, c.MaxNumber);
        Assert.Contains("?expires=" + clock.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds(), c.Salt);
    }

    [Fact]
    public async Task A_solution_passes_once()
    {
        var payload = Solve(captcha.Create());
        await captcha.VerifyAsync(payload, CancellationToken.None);
        var again = await Assert.ThrowsAsync<RefusalException>(() => captcha.VerifyAsync(payload, CancellationToken.None));
        Assert.Equal("captcha-invalid", again.Code);
    }

    [Fact]
    public async Task Expired_wrong_number_forged_signature_and_garbage_are_refused()
    {
        var c = captcha.Create();
        string[] refused =
        [
            Solve(c, number: -1),
            Solve(c with { Signature = new string('0', 64) }),
            Solve(c with { Algorithm = "SHA-1" }),
            "not base64 !",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("{}")),
            "",
        ];
        foreach (var payload in refused)
        {
            await Assert.ThrowsAsync<RefusalException>(() => captcha.VerifyAsync(payload, CancellationToken.None));
        }
        clock.Advance(TimeSpan.FromMinutes(11));
        await Assert.ThrowsAsync<RefusalException>(() => captcha.VerifyAsync(Solve(c), CancellationToken.None));
    }

    [Fact]
    public async Task A_challenge_signed_with_another_key_is_refused()
    {
        var other = new CaptchaService(new AccountSecrets(Enumerable.Repeat((byte)7, 32).ToArray()), new CaptchaOptions { MaxNumber = 500 }, new InMemoryLedgers(), clock);
        await Assert.ThrowsAsync<RefusalException>(() => captcha.VerifyAsync(Solve(other.Create()), CancellationToken.None));
    }

    internal static string Solve(CaptchaChallenge c, int? number = null)
    {
        var n = number ?? Enumerable.Range(0, c.MaxNumber + 1).First(i =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(c.Salt + i))).Equals(c.Challenge, StringComparison.OrdinalIgnoreCase));
        var json = JsonSerializer.Serialize(new { algorithm = c.Algorithm, challenge = c.Challenge, number = n, salt = c.Salt, signature = c.Signature });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }
}
