namespace Portale.Core.Accounts.Users;

/// <summary>Usernames are unique ignoring case: the id is the username in lower case.</summary>
public static class UserIds
{
    public static string? From(string? username) =>
        UsernameRules.IsValid(username?.Trim()) ? username!.Trim().ToLowerInvariant() : null;
}
