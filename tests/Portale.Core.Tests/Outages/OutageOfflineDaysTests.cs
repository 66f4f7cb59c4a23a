using Microsoft.Extensions.Time.Testing;
using Portale.Core.Calendar;
using Portale.Core.Outages;
using Portale.Core.Tests.Uploads.Fakes;
using Portale.Core.Time;

namespace Portale.Core.Tests.Outages;

/// <summary>The calendar's off-line days follow the outage table within the refresh interval.</summary>
public sealed class OutageOfflineDaysTests
{
    private static readonly DateOnly Tuesday = new(2026, 3, 10);
    private readonly FakeTimeProvider clock = new(RomeTime.At(Tuesday.AddDays(7), new TimeOnly(10, 0)));
    private readonly CountingOutageStore store = new();
    private readonly OutageOfflineDays days;
    private readonly WorkingDayCalendar calendar;

    public OutageOfflineDaysTests()
    {
        days = new OutageOfflineDays(store, clock, new OutageOptions { RefreshSeconds = 60 });
        calendar = new WorkingDayCalendar(days);
    }

    private static Outage Qualifying(string id) =>
        new(id, RomeTime.At(Tuesday, new TimeOnly(9, 0)), RomeTime.At(Tuesday, new TimeOnly(12, 1)), false, null);

    [Fact]
    public async Task A_new_outage_is_seen_once_the_interval_has_passed_and_not_read_again_before()
    {
        await days.RefreshIfStaleAsync(default);
        Assert.True(calendar.IsWorkingDay(Tuesday));
        await store.SaveAsync(Qualifying("a"), default); // recorded on another instance

        clock.Advance(TimeSpan.FromSeconds(59));
        await days.RefreshIfStaleAsync(default);
        Assert.True(calendar.IsWorkingDay(Tuesday));
        Assert.Equal(1, store.Reads);

        clock.Advance(TimeSpan.FromSeconds(1));
        await days.RefreshIfStaleAsync(default);
        Assert.False(calendar.IsWorkingDay(Tuesday));
        Assert.Equal(2, store.Reads);
        Assert.Equal(new DateOnly(2026, 3, 12), calendar.AddWorkingDays(new DateOnly(2026, 3, 9), 2));
    }

    [Fact]
    public async Task Saving_an_outage_refreshes_this_instance_at_once()
    {
        await days.RefreshIfStaleAsync(default);
        var administration = new OutageAdministration(store, days, clock);

        await administration.SaveAsync("a", Qualifying("a").StartsAt, Qualifying("a").EndsAt, false, null, "staff", default);

        Assert.False(calendar.IsWorkingDay(Tuesday));
    }

    [Fact]
    public async Task A_clock_moved_backwards_reads_again()
    {
        var moved = new AdjustableClock(clock);
        var movedDays = new OutageOfflineDays(store, moved, new OutageOptions());
        await movedDays.RefreshIfStaleAsync(default);
        moved.Set(clock.GetUtcNow().AddDays(-1));

        await movedDays.RefreshIfStaleAsync(default);

        Assert.Equal(2, store.Reads);
    }

    [Fact]
    public void Before_the_first_read_there_are_no_offline_days()
    {
        Assert.False(days.HasDays);
        Assert.Empty(days.Days);
    }

    private sealed class CountingOutageStore : IOutageStore
    {
        private readonly InMemoryOutageStore inner = new();

        public int Reads { get; private set; }

        public Task<IReadOnlyList<Outage>> ListAsync(CancellationToken cancellationToken)
        {
            Reads++;
            return inner.ListAsync(cancellationToken);
        }

        public Task<Outage?> FindAsync(string id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

        public Task SaveAsync(Outage outage, CancellationToken cancellationToken) => inner.SaveAsync(outage, cancellationToken);
    }
}
