using System.Security.Cryptography;

namespace Portale.Core.Accounts;

/// <summary>Keys derived (HKDF-SHA256) from the one server signing key, one per purpose.</summary>
public sealed class AccountSecrets
{
    public AccountSecrets(byte[] signingKey)
    {
        if (signingKey.Length < 16)
        {
            throw new ArgumentException("The signing key must be at least 16 bytes.", nameof(signingKey));
        }
        CaptchaKey = Derive(signingKey, "portale-captcha");
        OtpKey = Derive(signingKey, "portale-otp");
        TokenKey = Derive(signingKey, "portale-account-tokens");
        SessionKey = Derive(signingKey, "portale-sessions");
        TemporaryPasswordKey = Derive(signingKey, "portale-temporary-passwords");
        ClientSecretKey = Derive(signingKey, "portale-client-secrets");
        ClientTokenKey = Derive(signingKey, "portale-client-tokens");
        WebhookKey = Derive(signingKey, "portale-webhooks");
    }

    public byte[] CaptchaKey { get; }
    public byte[] OtpKey { get; }
    public byte[] TokenKey { get; }
    public byte[] SessionKey { get; }
    public byte[] TemporaryPasswordKey { get; }
    public byte[] ClientSecretKey { get; }
    public byte[] ClientTokenKey { get; }
    public byte[] WebhookKey { get; }

    private static byte[] Derive(byte[] key, string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 32, info: Encoding.UTF8.GetBytes(purpose));
}
