namespace Portale.Functions.Auth;

/// <summary>The JSON of <c>POST /api/auth/mobile</c>.</summary>
public sealed record NewMobileBody(string? ChallengeId, string? Mobile);
