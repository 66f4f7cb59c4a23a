using Microsoft.Azure.Functions.Worker.Middleware;
using Portale.Functions.Portal;

namespace Portale.Functions.Middleware;

/// <summary>Closes every API route but health and status during the nightly loading window.</summary>
public sealed class MaintenanceMiddleware(TimeProvider clock) : IFunctionsWorkerMiddleware
{
    public const string Closed =
        "Il portale è chiuso per manutenzione e caricamento dei dati dalle 01:00 alle 03:00. Riprovare dopo le 03:00.";

    private static readonly HashSet<string> AlwaysOpen = new(StringComparer.OrdinalIgnoreCase)
    {
        PortalFunctions.Health,
        PortalFunctions.Status,
    };

    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.IsHttpTriggered() && !AlwaysOpen.Contains(context.FunctionDefinition.Name)
            && MaintenanceWindow.TimeLeft(clock.GetUtcNow()) is { } left)
        {
            throw new RefusalException(RefusalKind.Unavailable, "maintenance", Closed) { RetryAfter = left };
        }
        return next(context);
    }
}
