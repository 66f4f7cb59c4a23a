namespace Portale.Core.Feed;

/// <summary>
/// Catches the all-companies feed up with every company's feed: each change already pumps its own
/// company at once, so this only moves what a failure or a crash left behind.
/// </summary>
public sealed class ChangeFeedPump(ICompanyDirectory companies, IChangeFeed feed)
{
    /// <summary>The companies whose items were behind, now moved.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var pumped = await feed.PumpedAsync(cancellationToken);
        var behind = 0;
        foreach (var company in await companies.ListAsync(cancellationToken))
        {
            if (await feed.HeadAsync(company.Id, cancellationToken) > pumped.GetValueOrDefault(company.Id))
            {
                await feed.PumpAsync(company.Id, cancellationToken);
                behind++;
            }
        }
        return behind;
    }
}
