namespace Portale.Core.Accounts.SignIn;

/// <summary>Makes a fresh 6-digit code for a challenge, stores only its keyed hash, and sends it by SMS.</summary>
public sealed class OtpSender(
    ISignInChallengeStore challenges, AccountSecrets secrets, AccountMessenger messenger, TimeProvider clock)
{
    public async Task<SignInChallenge> SendAsync(
        SignInChallenge challenge, string mobile, bool verification, CancellationToken cancellationToken)
    {
        var code = SecretCodes.NewOtp();
        var updated = challenge with
        {
            CodeHash = HashOf(challenge.Id, code),
            CodeExpiresAt = clock.GetUtcNow() + SignInChallenge.CodeLifetime,
        };
        await challenges.SaveAsync(updated, cancellationToken);
        await messenger.SmsAsync(
            mobile, verification ? AccountSms.VerificationCode(code) : AccountSms.Otp(code), cancellationToken);
        return updated;
    }

    public bool Matches(SignInChallenge challenge, string? code) =>
        challenge.CodeHash is { } expected && code is { Length: 6 } && code.All(char.IsAsciiDigit)
        && SecretCodes.SameHash(HashOf(challenge.Id, code), expected);

    private string HashOf(string challengeId, string code) =>
        SecretCodes.KeyedHash(secrets.OtpKey, challengeId + ":" + code);
}
