namespace Portale.Core.Identity;

/// <summary>The operator user behind a valid session.</summary>
public sealed record OperatorPrincipal(string UserId, string Username, string SessionId);
