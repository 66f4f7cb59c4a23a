namespace Portale.Core.Accounts.Passwords;

/// <summary>The personal data a password must not contain.</summary>
public sealed record PasswordContext(string? Username, string? FirstName, string? LastName);
