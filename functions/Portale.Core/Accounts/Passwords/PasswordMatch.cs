namespace Portale.Core.Accounts.Passwords;

/// <summary>Which of an account's credentials a password matched.</summary>
public enum PasswordMatch
{
    None,

    /// <summary>The password the user chose.</summary>
    Current,

    /// <summary>The emailed temporary password, still valid: the sign-in goes on to choose a new one.</summary>
    Temporary,

    /// <summary>The emailed temporary password, past its lifetime.</summary>
    TemporaryExpired,
}
