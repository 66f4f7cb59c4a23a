namespace Portale.Core.Accounts.SignIn;

/// <summary>What one sign-in attempt recorded in the attempt log, withdrawn if the password is right.</summary>
public sealed record LoginAttempt(string UsernameKey, string UsernameRecord, string? AddressKey, string? AddressRecord);
