using Portale.Core.Jobs;

namespace Portale.Core.Retention;

/// <summary>What one clean-up removed, by kind: the job's log.</summary>
public sealed record RetentionReport(
    int Sessions,
    int SignInChallenges,
    int LinkTokens,
    int CaptchaLedger,
    int SignInAttempts,
    int OutboxMessages,
    int UnconfirmedRegistrations,
    int MobileClaims)
{
    public int Total => Sessions + SignInChallenges + LinkTokens + CaptchaLedger + SignInAttempts + OutboxMessages
        + UnconfirmedRegistrations + MobileClaims;

    public JobOutcome ToOutcome(DateOnly day) => JobOutcome.Of(day,
        ("sessions", Sessions), ("sign-in-challenges", SignInChallenges), ("link-tokens", LinkTokens),
        ("captcha-ledger", CaptchaLedger), ("sign-in-attempts", SignInAttempts), ("outbox-messages", OutboxMessages),
        ("unconfirmed-registrations", UnconfirmedRegistrations), ("mobile-claims", MobileClaims));
}
