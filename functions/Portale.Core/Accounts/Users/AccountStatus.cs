namespace Portale.Core.Accounts.Users;

public enum AccountStatus
{
    /// <summary>Registered, waiting for the confirmation link.</summary>
    Pending,

    Active,

    /// <summary>Idle for 6 months; only the help desk reactivates it.</summary>
    Deactivated,
}
