namespace Portale.Core.Accounts.SignIn;

/// <summary>What a sign-in in progress waits for.</summary>
public enum ChallengeStep
{
    Otp,
    ChangePassword,
    NewMobile,
}
