namespace Portale.Core.DailyReports;

/// <summary>
/// Which company's report of which day was sent. A claim is taken before sending and turned into
/// "sent" after, so two runs (or a run repeated after a failure) never send one report twice.
/// </summary>
public interface IDailyReportLedger
{
    /// <summary>
    /// True when this run may send: no claim yet, or a claim abandoned before
    /// <paramref name="staleBefore"/> by a run that stopped mid-way. False when sent or being sent.
    /// </summary>
    Task<bool> TryClaimAsync(
        string companyId, DateOnly day, DateTimeOffset now, DateTimeOffset staleBefore,
        CancellationToken cancellationToken);

    /// <summary>Records what went out: the claim becomes "sent", with the delivery's details.</summary>
    Task MarkSentAsync(
        string companyId, DateOnly day, DailyReportDelivery delivery, CancellationToken cancellationToken);

    /// <summary>Gives the claim back after a failed send, so the next run tries again.</summary>
    Task ReleaseAsync(string companyId, DateOnly day, CancellationToken cancellationToken);

    /// <summary>The day's rows, by company id, for the back office and the staff's PEC log.</summary>
    Task<KeyedPage<DailyReportRecord>> ReadDayAsync(
        DateOnly day, string? after, int take, CancellationToken cancellationToken);

    Task<int> CountDayAsync(DateOnly day, CancellationToken cancellationToken);
}
