namespace Portale.Core.Accounts.Tokens;

/// <param name="Hash">Keyed hash of the token in the link: the token itself is never stored.</param>
public sealed record AccountToken(string Hash, AccountTokenPurpose Purpose, string UserId, DateTimeOffset ExpiresAt);
