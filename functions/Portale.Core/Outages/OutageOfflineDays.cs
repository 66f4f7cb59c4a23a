using System.Collections.Frozen;

namespace Portale.Core.Outages;

/// <summary>
/// The off-line days of the one <see cref="WorkingDayCalendar"/> every rule uses, read from the outage
/// table and kept for <see cref="OutageOptions.RefreshInterval"/>. Every function invocation calls
/// <see cref="RefreshIfStaleAsync"/> first (a worker middleware), so a rule never sees days older than the
/// interval; the instance that saves an outage refreshes at once. Outages still going on are judged up to
/// the refresh, so their off-line day appears once their fourth hour has passed and a refresh ran.
/// A business clock moved backwards (tests, the demo) also makes the days stale.
/// </summary>
public sealed class OutageOfflineDays(IOutageStore store, TimeProvider clock, OutageOptions options) : IOfflineDays
{
    private readonly SemaphoreSlim refreshing = new(1, 1);
    private volatile Snapshot? current;

    /// <summary>Empty until the first refresh.</summary>
    public FrozenSet<DateOnly> Days => current?.Days ?? FrozenSet<DateOnly>.Empty;

    public bool HasDays => current is not null;

    public async Task RefreshIfStaleAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(current))
        {
            return;
        }
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            // Another invocation may have refreshed while this one waited: one read serves them all.
            if (!IsFresh(current))
            {
                await ReadAsync(cancellationToken);
            }
        }
        finally
        {
            refreshing.Release();
        }
    }

    /// <summary>Reads the outages now, whatever the age of the days held.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            await ReadAsync(cancellationToken);
        }
        finally
        {
            refreshing.Release();
        }
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var outages = await store.ListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        current = new Snapshot(OfflineDayRule.DaysOf(outages, now), now);
    }

    private bool IsFresh(Snapshot? snapshot)
    {
        var now = clock.GetUtcNow();
        return snapshot is not null && now >= snapshot.ReadAt && now - snapshot.ReadAt < options.RefreshInterval;
    }

    private sealed record Snapshot(FrozenSet<DateOnly> Days, DateTimeOffset ReadAt);
}
