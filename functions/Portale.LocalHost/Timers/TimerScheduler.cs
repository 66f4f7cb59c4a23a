namespace Portale.LocalHost.Timers;

/// <summary>
/// Runs every [TimerTrigger] when its next occurrence comes on the business clock, so moving the
/// clock in Development fires what falls due. A run missed by a jump is run once, marked past due.
/// </summary>
public sealed class TimerScheduler(
    FunctionCatalog catalog,
    FunctionInvoker invoker,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<TimerScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timers = catalog.OfKind(TriggerKind.Timer).Select(f => new ScheduledTimer(f, ScheduleOf(f))).ToList();
        var now = clock.GetUtcNow();
        foreach (var timer in timers)
        {
            timer.Next = timer.Schedule.Next(now);
        }
        var previous = now;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Tick, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            now = clock.GetUtcNow();
            foreach (var timer in timers)
            {
                if (now < previous)
                {
                    timer.Next = timer.Schedule.Next(now);
                }
                else if (now >= timer.Next)
                {
                    var due = timer.Next;
                    timer.Next = timer.Schedule.Next(now);
                    await RunAsync(timer, isPastDue: now - due > TimeSpan.FromMinutes(1), stoppingToken);
                }
            }
            previous = now;
        }
    }

    private async Task RunAsync(ScheduledTimer timer, bool isPastDue, CancellationToken cancellationToken)
    {
        var info = new TimerInfo
        {
            IsPastDue = isPastDue,
            ScheduleStatus = new ScheduleStatus { Last = clock.GetUtcNow().UtcDateTime, Next = timer.Next.UtcDateTime },
        };
        try
        {
            var input = new InvocationInput(info, new Dictionary<string, object?>());
            await invoker.InvokeAsync(timer.Function, input, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // As in the real host, a failed timer run is not retried: jobs must be resumable.
            logger.LogError(ex, "Timer function {Function} failed", timer.Function.Name);
        }
    }

    private TimerSchedule ScheduleOf(FunctionDescriptor function) =>
        TimerSchedule.Parse(ResolveSetting(((TimerTriggerAttribute)function.TriggerAttribute).Schedule));

    private string ResolveSetting(string value) =>
        value.StartsWith('%') && value.EndsWith('%')
            ? configuration[value.Trim('%')] ?? throw new InvalidOperationException($"Setting {value} is missing.")
            : value;

    private sealed class ScheduledTimer(FunctionDescriptor function, TimerSchedule schedule)
    {
        public FunctionDescriptor Function { get; } = function;
        public TimerSchedule Schedule { get; } = schedule;
        public DateTimeOffset Next { get; set; }
    }
}
