namespace Portale.Core.Accounts.SignIn;

/// <summary>What one sign-in attempt recorded in the attempt log (key and record id), withdrawn if the password is right.</summary>
public sealed record LoginAttempt(IReadOnlyList<(string Key, string Record)> Records);
