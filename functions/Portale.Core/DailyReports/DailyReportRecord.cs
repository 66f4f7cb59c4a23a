namespace Portale.Core.DailyReports;

/// <summary>The report ledger's row of one company and day: its state and, once sent, what went out.</summary>
public sealed record DailyReportRecord(
    string CompanyId, DateOnly Day, DailyReportStatus Status, DateTimeOffset? ClaimedAt,
    DailyReportDelivery? Delivery);
