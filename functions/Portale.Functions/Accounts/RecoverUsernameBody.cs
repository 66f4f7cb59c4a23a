namespace Portale.Functions.Accounts;

/// <summary>The JSON of <c>POST /api/accounts/recover-username</c>.</summary>
public sealed record RecoverUsernameBody(string? Email, string? Captcha);
