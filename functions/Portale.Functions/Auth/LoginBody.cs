namespace Portale.Functions.Auth;

/// <summary>The JSON of <c>POST /api/auth/login</c>; <c>captcha</c> only after repeated failures.</summary>
public sealed record LoginBody(string? Username, string? Password, string? Captcha);
