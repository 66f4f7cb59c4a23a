namespace Portale.Core.Accounts.Lifecycle;

/// <summary>Which lifecycle notices went out, so the daily job can run any number of times.</summary>
public interface INotificationLedger
{
    /// <summary>Records the notice; false when it was recorded before (do not send it again).</summary>
    Task<bool> TryRecordAsync(string userId, string notice, CancellationToken cancellationToken);
}
