namespace Portale.Core.Feed;

/// <summary>
/// Catches the all-companies feed up with every company's feed: each change already pumps its own
/// company at once, so this only moves what a failure or a crash left behind.
/// </summary>
public sealed class ChangeFeedPump(ICompanyDirectory companies, IChangeFeed feed, TimeProvider clock)
{
    public const string JobName = "feed-pump";

    /// <summary>
    /// The timer's run for the job log: the companies looked at and those whose items were moved; null
    /// (nothing written to the log) when none was behind, as on every hour without a failure.
    /// </summary>
    public async Task<JobOutcome?> RunAsync(CancellationToken cancellationToken)
    {
        var (looked, behind) = await CatchUpAsync(cancellationToken);
        return behind == 0 ? null : JobOutcome.Of(RomeTime.Today(clock), ("companies", looked), ("behind", behind));
    }

    /// <summary>The companies whose items were behind, now moved.</summary>
    /// <summary>Moves the items of every company that is behind: the companies looked at, and those moved.</summary>
    private async Task<(int Looked, int Behind)> CatchUpAsync(CancellationToken cancellationToken)
    {
        var pumped = await feed.PumpedAsync(cancellationToken);
        var behind = 0;
        var all = await companies.ListAsync(cancellationToken);
        foreach (var company in all)
        {
            if (await feed.HeadAsync(company.Id, cancellationToken) > pumped.GetValueOrDefault(company.Id))
            {
                await feed.PumpAsync(company.Id, cancellationToken);
                behind++;
            }
        }
        return (all.Count, behind);
    }
}
