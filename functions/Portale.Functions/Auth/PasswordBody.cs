namespace Portale.Functions.Auth;

/// <summary>
/// The JSON of <c>POST /api/auth/password</c>: with <see cref="ChallengeId"/> during sign-in, else by session.
/// </summary>
public sealed record PasswordBody(
    string? ChallengeId,
    string? CurrentPassword,
    string? NewPassword,
    string? ConfirmPassword);
