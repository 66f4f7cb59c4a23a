namespace Portale.Core.Accounts.Captcha;

/// <summary>An ALTCHA-compatible proof-of-work challenge (what the altcha widget fetches).</summary>
public sealed record CaptchaChallenge(string Algorithm, string Challenge, int MaxNumber, string Salt, string Signature);
