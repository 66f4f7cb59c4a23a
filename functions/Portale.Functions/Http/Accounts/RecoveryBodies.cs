namespace Portale.Functions.Http.Accounts;

public sealed record RecoverUsernameBody(string? Email, string? Captcha);

public sealed record RecoverPasswordBody(string? Username, string? Captcha);

public sealed record MobileChangeBody(string? Username, string? Captcha, bool Acknowledged);
