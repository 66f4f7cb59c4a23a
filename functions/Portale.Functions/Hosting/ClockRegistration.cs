using System.Globalization;

namespace Portale.Functions.Hosting;

public static class ClockRegistration
{
    public const string ClockNowSetting = "Portale:Clock:Now";

    /// <summary>
    /// The business clock. Only in Development can it be started at another instant
    /// (<c>Portale:Clock:Now</c>) and moved (<see cref="AdjustableClock"/>); elsewhere it is the system clock.
    /// </summary>
    public static IServiceCollection AddBusinessClock(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            services.AddSingleton(TimeProvider.System);
            return services;
        }
        var clock = new AdjustableClock(TimeProvider.System);
        if (configuration[ClockNowSetting] is { Length: > 0 } start)
        {
            clock.Set(DateTimeOffset.Parse(start, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        }
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        return services;
    }
}
