namespace Portale.Core.Accounts.MobileChange;

/// <summary>
/// When a confirmed change of mobile may take its new number. The current number's code opens it at
/// once; without it the change waits the cooling-off period after its link was confirmed, and if a
/// password recovery came within <see cref="AccountSecurityOptions.RecoveryApprovalWindow"/> before it
/// (or at any time after) only the help desk opens it: a mailbox thief has the link and the temporary
/// password, never the phone.
/// </summary>
public static class MobileChangeGate
{
    /// <summary>When the change opens by itself; null when only the old number's code or the help desk can.</summary>
    public static DateTimeOffset? OpensAt(UserAccount user, AccountSecurityOptions options)
    {
        if (user.MobileChangeRequestedAt is not { } requested
            || user.LastRecoveryAt is { } recovery && recovery >= requested - options.RecoveryApprovalWindow)
        {
            return null;
        }
        return requested + options.MobileChangeCoolingOff;
    }

    public static bool IsOpen(UserAccount user, AccountSecurityOptions options, DateTimeOffset now) =>
        user.MobileChangeRequired
        && (user.MobileChangeCleared || OpensAt(user, options) is { } opensAt && now >= opensAt);
}
