using NCrontab;

namespace Portale.LocalHost.Timers;

/// <summary>An NCRONTAB schedule (6 fields, seconds first; 5 accepted) read in Europe/Rome.</summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule schedule;

    private TimerSchedule(CrontabSchedule schedule) => this.schedule = schedule;

    public static TimerSchedule Parse(string expression)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var options = new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 };
        return new TimerSchedule(CrontabSchedule.Parse(expression, options));
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after)
    {
        var local = RomeTime.ToRome(after).DateTime;
        var next = schedule.GetNextOccurrence(local);
        var instant = RomeTime.At(DateOnly.FromDateTime(next), TimeOnly.FromDateTime(next));
        return instant > after ? instant : Next(after.AddSeconds(1));
    }
}
