namespace Portale.Functions.Auth;

/// <summary>The JSON of <c>POST /api/auth/otp</c>.</summary>
public sealed record OtpBody(string? ChallengeId, string? Code);
