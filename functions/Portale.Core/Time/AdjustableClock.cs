namespace Portale.Core.Time;

/// <summary>
/// A clock that runs in real time from a chosen starting instant. Used only in Development so people
/// and tests can travel in time to watch deadlines, reminders and expiry happen.
/// </summary>
public sealed class AdjustableClock(TimeProvider inner) : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public override TimeZoneInfo LocalTimeZone => RomeTime.Zone;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    /// <summary>Moves the clock so that it reads <paramref name="now"/> at this moment, then keeps running.</summary>
    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref offsetTicks, (now - inner.GetUtcNow()).Ticks);
}
