namespace Portale.Core.Accounts.SignIn;

/// <summary>The answer to a sign-in step: what the user must do next, on which challenge.</summary>
/// <param name="Next"><c>otp</c>, <c>change-password</c>, <c>old-mobile</c> or <c>new-mobile</c>.</param>
/// <param name="MobileChangeOpensAt">For <c>old-mobile</c>: when the change takes effect without the current
/// number's code; null when only that code or the help desk's approval can open it.</param>
public sealed record SignInNext(
    string Next, string ChallengeId, string? Reason = null, DateTimeOffset? MobileChangeOpensAt = null)
{
    public static SignInNext For(SignInChallenge challenge, DateTimeOffset? mobileChangeOpensAt = null) => new(
        challenge.Step switch
        {
            ChallengeStep.ChangePassword => "change-password",
            ChallengeStep.NewMobile => "new-mobile",
            ChallengeStep.OldMobile => "old-mobile",
            _ => "otp",
        },
        challenge.Id,
        challenge.Step == ChallengeStep.ChangePassword ? (challenge.PasswordExpired ? "expired" : "temporary") : null,
        challenge.Step == ChallengeStep.OldMobile ? mobileChangeOpensAt : null);
}
