namespace Portale.Core.Maintenance;

/// <summary>
/// The nightly data-loading window (01:00–03:00 Europe/Rome) during which the portal is closed.
/// </summary>
public static class MaintenanceWindow
{
    public static readonly TimeOnly Start = new(1, 0);
    public static readonly TimeOnly End = new(3, 0);

    /// <summary>True inside the window: the nightly loading may run and the portal refuses users' requests.</summary>
    public static bool IsLoadingWindowAt(DateTimeOffset instant) => TimeLeft(instant) is not null;

    /// <summary>How long until the window closes, or null when the instant is outside it.</summary>
    public static TimeSpan? TimeLeft(DateTimeOffset instant)
    {
        var rome = RomeTime.ToRome(instant);
        var time = TimeOnly.FromDateTime(rome.DateTime);
        if (time < Start || time >= End)
        {
            return null;
        }
        var end = RomeTime.At(DateOnly.FromDateTime(rome.DateTime), End);
        return end - instant;
    }
}
