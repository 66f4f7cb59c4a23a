namespace Portale.Functions.Http.Auth;

public sealed record LoginBody(string? Username, string? Password);

public sealed record OtpBody(string? ChallengeId, string? Code);

public sealed record ChallengeBody(string? ChallengeId);

public sealed record PasswordBody(string? ChallengeId, string? CurrentPassword, string? NewPassword, string? ConfirmPassword);

public sealed record NewMobileBody(string? ChallengeId, string? Mobile);
