using System.Globalization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Portale.Core.Maintenance;
using Portale.Functions.Problems;

namespace Portale.Functions.Middleware;

/// <summary>Closes every API route but health and status during the nightly loading window.</summary>
public sealed class MaintenanceMiddleware(TimeProvider clock) : IFunctionsWorkerMiddleware
{
    private static readonly HashSet<string> AlwaysOpen = new(StringComparer.OrdinalIgnoreCase) { "Health", "Status" };

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.IsHttpTriggered() && !AlwaysOpen.Contains(context.FunctionDefinition.Name)
            && MaintenanceWindow.TimeLeft(clock.GetUtcNow()) is { } left)
        {
            var problem = new ProblemResult(503, "maintenance",
                "Il portale è chiuso per manutenzione e caricamento dei dati dalle 01:00 alle 03:00. Riprova dopo le 03:00.");
            problem.Headers["Retry-After"] = ((int)Math.Ceiling(left.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await context.ShortCircuitAsync(problem);
            return;
        }
        await next(context);
    }
}
