namespace Portale.Core.Identity;

/// <summary>The operator user behind a valid session; <see cref="SessionKey"/> names the session in the store.</summary>
public sealed record OperatorPrincipal(string UserId, string Username, string SessionKey);
