namespace Portale.Functions.Auth;

/// <summary>The JSON of <c>POST /api/auth/login</c>.</summary>
public sealed record LoginBody(string? Username, string? Password);
