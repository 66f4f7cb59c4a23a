namespace Portale.Core.Accounts.SignIn;

/// <summary>The answer to a sign-in step: what the user must do next, on which challenge.</summary>
/// <param name="Next"><c>otp</c>, <c>change-password</c> or <c>new-mobile</c>.</param>
public sealed record SignInNext(string Next, string ChallengeId, string? Reason = null)
{
    public static SignInNext For(SignInChallenge challenge) => new(
        challenge.Step switch
        {
            ChallengeStep.ChangePassword => "change-password",
            ChallengeStep.NewMobile => "new-mobile",
            _ => "otp",
        },
        challenge.Id,
        challenge.Step == ChallengeStep.ChangePassword ? (challenge.PasswordExpired ? "expired" : "temporary") : null);
}
