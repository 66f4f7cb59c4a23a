namespace Portale.Core.Accounts.Users;

/// <summary>An account's state as the Sportello's staff read it (manual 6.10, ch. 11 FAQ).</summary>
public enum UserState
{
    /// <summary>Registered, the confirmation link not yet followed.</summary>
    Unconfirmed,

    Active,

    /// <summary>Five wrong OTP codes in a row: only the help desk unlocks.</summary>
    Locked,

    /// <summary>Idle for 6 months: only the help desk reactivates (it wins over a lock, which reactivation keeps).</summary>
    Deactivated,
}
