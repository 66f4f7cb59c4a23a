namespace Portale.Core.Accounts;

/// <summary>The times of the account flows that a deployment may set (<c>Portale:Accounts</c>).</summary>
public sealed class AccountSecurityOptions
{
    /// <summary>How long an emailed temporary password (activation, recovery) can be used.</summary>
    public TimeSpan TemporaryPasswordLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Password recoveries one username may ask for within <see cref="RecoveryWindow"/>.</summary>
    public int RecoveriesPerWindow { get; set; } = 3;

    public TimeSpan RecoveryWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// A change of mobile the old number did not confirm with its code takes effect this long after
    /// its link was confirmed (shown to the user), unless <see cref="RecoveryApprovalWindow"/> applies.
    /// </summary>
    public TimeSpan MobileChangeCoolingOff { get; set; } = TimeSpan.FromHours(72);

    /// <summary>
    /// A change of mobile confirmed within this long after a password recovery (or followed by one) takes
    /// effect only with the old number's code or the help desk's approval: the mailbox alone never suffices.
    /// </summary>
    public TimeSpan RecoveryApprovalWindow { get; set; } = TimeSpan.FromDays(7);
}
