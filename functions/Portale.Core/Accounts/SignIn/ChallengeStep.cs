namespace Portale.Core.Accounts.SignIn;

/// <summary>What a sign-in in progress waits for.</summary>
public enum ChallengeStep
{
    Otp,
    ChangePassword,
    NewMobile,

    /// <summary>A confirmed change of mobile: the current number's code first, so the mailbox alone cannot change it.</summary>
    OldMobile,

    /// <summary>Not a sign-in: a signed-in operator confirms the creation of an API client with a code.</summary>
    ClientCreation,
}
