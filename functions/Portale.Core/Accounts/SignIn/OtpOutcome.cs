namespace Portale.Core.Accounts.SignIn;

/// <summary>A right code: the session it opened, or the step that follows (the new mobile, after the old one's code).</summary>
public sealed record OtpOutcome(OpenedSession? Session, SignInNext? Next);
