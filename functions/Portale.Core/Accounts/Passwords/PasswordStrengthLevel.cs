namespace Portale.Core.Accounts.Passwords;

/// <summary>The levels the manual names; <see cref="PasswordStrength.Label"/> gives the Italian text.</summary>
public enum PasswordStrengthLevel
{
    TooShort,
    VeryWeak,
    Weak,
    Medium,
    Strong,
    TooLong,
}
