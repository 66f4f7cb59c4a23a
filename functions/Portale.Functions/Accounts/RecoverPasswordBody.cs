namespace Portale.Functions.Accounts;

/// <summary>The JSON of <c>POST /api/accounts/recover-password</c>.</summary>
public sealed record RecoverPasswordBody(string? Username, string? Captcha);
