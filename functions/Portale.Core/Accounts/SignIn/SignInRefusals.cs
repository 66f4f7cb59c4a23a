namespace Portale.Core.Accounts.SignIn;

/// <summary>The sign-in refusals thrown from more than one step.</summary>
public static class SignInRefusals
{
    public static RefusalException Locked() => new(RefusalKind.Locked, "account-locked", SignInMessages.Locked);

    public static RefusalException ResendLimit() =>
        RefusalException.TooManyRequests("otp-resend-limit", SignInMessages.ResendLimit);
}
