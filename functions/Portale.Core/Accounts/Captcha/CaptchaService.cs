using System.Security.Cryptography;
using System.Text.Json;

namespace Portale.Core.Accounts.Captcha;

/// <summary>
/// Self-hosted ALTCHA: challenge = SHA-256(salt + number), signed with HMAC-SHA256 under a server key;
/// the salt carries its expiry (<c>?expires=unix</c>). A solution passes once: signature, expiry,
/// proof of work, then the ledger.
/// </summary>
public sealed class CaptchaService(
    AccountSecrets secrets, CaptchaOptions options, ICaptchaLedger ledger, TimeProvider clock)
{
    public const string Algorithm = "SHA-256";
    public const string Failed = "Controllo di sicurezza non superato: ripetere il controllo \"Non sono un robot\".";

    public CaptchaChallenge Create()
    {
        var expires = clock.GetUtcNow().Add(options.Lifetime).ToUnixTimeSeconds();
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant()
            + "?expires=" + expires.ToString(CultureInfo.InvariantCulture);
        var number = RandomNumberGenerator.GetInt32(0, options.MaxNumber + 1);
        var challenge = Sha256Hex(salt + number.ToString(CultureInfo.InvariantCulture));
        return new CaptchaChallenge(Algorithm, challenge, options.MaxNumber, salt, Sign(challenge));
    }

    /// <summary>
    /// Throws a <see cref="RefusalException"/> (bad request, captcha-invalid) unless the payload is a fresh, valid
    /// solution.
    /// </summary>
    public async Task VerifyAsync(string? payload, CancellationToken cancellationToken)
    {
        if (Parse(payload) is not { } solution || Expiry(solution.Salt) is not { } expires
            || expires <= clock.GetUtcNow()
            || !SecretCodes.SameHash(Sign(solution.Challenge), solution.Signature.ToLowerInvariant())
            || !SecretCodes.SameHash(
                Sha256Hex(solution.Salt + solution.Number.ToString(CultureInfo.InvariantCulture)),
                solution.Challenge.ToLowerInvariant())
            || !await ledger.TryUseAsync(solution.Challenge.ToLowerInvariant(), expires, cancellationToken))
        {
            throw new RefusalException(
                RefusalKind.BadRequest, "captcha-invalid", Failed, RefusalException.FieldErrors("captcha", Failed));
        }
    }

    private string Sign(string challenge) => SecretCodes.KeyedHash(secrets.CaptchaKey, challenge);

    private static string Sha256Hex(string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value))).ToLowerInvariant();

    private static DateTimeOffset? Expiry(string salt)
    {
        var query = salt.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return null;
        }
        foreach (var pair in salt[(query + 1)..].Split('&'))
        {
            if (pair.StartsWith("expires=", StringComparison.Ordinal)
                && long.TryParse(
                    pair["expires=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
            {
                return DateTimeOffset.FromUnixTimeSeconds(Math.Min(unix, 253_402_300_799));
            }
        }
        return null;
    }

    private static Solution? Parse(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload) || payload.Length > 2048)
        {
            return null;
        }
        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload));
            var solution = JsonSerializer.Deserialize<Solution>(json, JsonSerializerOptions.Web);
            return solution is
            {
                Algorithm: Algorithm,
                Challenge.Length: 64,
                Signature.Length: 64,
                Salt.Length: > 0 and < 200,
                Number: >= 0,
            } ? solution : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed record Solution(string Algorithm, string Challenge, long Number, string Salt, string Signature);
}
