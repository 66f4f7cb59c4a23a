namespace Portale.Core.DailyReports;

/// <summary>Where a company's daily report of one day stands in the ledger.</summary>
public enum DailyReportStatus
{
    /// <summary>A run has claimed it and is sending it (or stopped mid-way: the claim then goes stale).</summary>
    Sending,

    Sent,
}
