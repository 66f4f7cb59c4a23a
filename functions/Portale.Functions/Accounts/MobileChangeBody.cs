namespace Portale.Functions.Accounts;

/// <summary>The JSON of <c>POST /api/accounts/mobile-change</c>.</summary>
public sealed record MobileChangeBody(string? Username, string? Captcha, bool Acknowledged);
