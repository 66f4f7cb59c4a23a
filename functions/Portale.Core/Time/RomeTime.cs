namespace Portale.Core.Time;

/// <summary>The portal's business time zone: every date users see and every rule is in Europe/Rome.</summary>
public static class RomeTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    public static DateTimeOffset ToRome(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());

    /// <summary>The Rome calendar day of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToRome(instant).DateTime);

    public static DateTimeOffset Now(TimeProvider clock) => ToRome(clock.GetUtcNow());

    /// <summary>An instant as the texts for people write it: <c>11/03/2026 alle 10:00</c>.</summary>
    public static string DayAndMinute(DateTimeOffset instant) =>
        ToRome(instant).ToString("dd/MM/yyyy 'alle' HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The Rome calendar date of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToRome(instant).DateTime);

    /// <summary>
    /// The instant at which the given Rome wall-clock time occurs (the later one when DST repeats it).
    /// </summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Min() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
