namespace Portale.Core.Accounts.SignIn;

/// <summary>
/// Makes a fresh 6-digit code for a challenge, stores only its keyed hash, and sends it by SMS, worded
/// for its step: the sign-in's OTP, the check of a new number, the confirmation of a change by the old one.
/// </summary>
public sealed class OtpSender(
    ISignInChallengeStore challenges, AccountSecrets secrets, AccountMessenger messenger, TimeProvider clock)
{
    public async Task<SignInChallenge> SendAsync(
        SignInChallenge challenge, string mobile, CancellationToken cancellationToken)
    {
        var code = SecretCodes.NewOtp();
        var updated = challenge with
        {
            CodeHash = HashOf(challenge.Id, code),
            CodeExpiresAt = clock.GetUtcNow() + SignInChallenge.CodeLifetime,
        };
        await challenges.SaveAsync(updated, cancellationToken);
        var text = challenge.Step switch
        {
            ChallengeStep.NewMobile => AccountSms.VerificationCode(code),
            ChallengeStep.OldMobile => AccountSms.MobileChangeCode(code),
            ChallengeStep.ClientCreation => AccountSms.ClientCreationCode(code),
            _ => AccountSms.Otp(code),
        };
        await messenger.SmsAsync(mobile, text, cancellationToken);
        return updated;
    }

    public bool Matches(SignInChallenge challenge, string? code) =>
        challenge.CodeHash is { } expected && code is { Length: 6 } && code.All(char.IsAsciiDigit)
        && SecretCodes.SameHash(HashOf(challenge.Id, code), expected);

    private string HashOf(string challengeId, string code) =>
        SecretCodes.KeyedHash(secrets.OtpKey, challengeId + ":" + code);
}
