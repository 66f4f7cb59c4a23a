using Microsoft.Azure.Functions.Worker.Middleware;

namespace Portale.Functions.Middleware;

/// <summary>
/// Before every function (HTTP, timer, blob), the off-line days of the working-day calendar are made fresh
/// (<see cref="OutageOfflineDays"/>: at most one read of the outage table per refresh interval and
/// instance). When that read fails the days already held are used and the failure is logged; with none
/// held yet the invocation fails, rather than count deadlines without the off-line days.
/// </summary>
public sealed class OfflineDaysMiddleware(OutageOfflineDays offlineDays, ILogger<OfflineDaysMiddleware> logger)
    : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await offlineDays.RefreshIfStaleAsync(context.CancellationToken);
        }
        catch (Exception e) when (offlineDays.HasDays && e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not read the outages: the off-line days read before are used");
        }
        await next(context);
    }
}
