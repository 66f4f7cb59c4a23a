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

    Task MarkSentAsync(string companyId, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Gives the claim back after a failed send, so the next run tries again.</summary>
    Task ReleaseAsync(string companyId, DateOnly day, CancellationToken cancellationToken);
}
