namespace Portale.Functions.Auth;

/// <summary>The JSON of <c>POST /api/auth/otp/resend</c>.</summary>
public sealed record ChallengeBody(string? ChallengeId);
