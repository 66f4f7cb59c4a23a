using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using Portale.Core.Refusals;
using Portale.Core.Accounts;
using Portale.Functions.Problems;

namespace Portale.Functions.Middleware;

/// <summary>Turns problems thrown by functions into problem+json, and unexpected failures into a 500 in Italian.</summary>
public sealed class ProblemMiddleware(ILogger<ProblemMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.IsHttpTriggered())
        {
            var problem = Unwrap(ex) switch
            {
                ProblemException p => p.ToResult(),
                RefusalException r => ToResult(r),
                AccountException a => a.ToProblem(),
                _ => Unexpected(ex),
            };
            await context.ShortCircuitAsync(problem);
        }
    }

    private ProblemResult Unexpected(Exception ex)
    {
        logger.LogError(ex, "Unhandled failure in a function");
        return new ProblemResult(500, "internal-error",
            "Si è verificato un errore tecnico. Riprova tra qualche minuto; se il problema persiste contatta l'Help Desk.");
    }

    private static ProblemResult ToResult(RefusalException refusal) => new(
        refusal.Kind switch { RefusalKind.NotFound => 404, RefusalKind.Conflict => 409, _ => 400 },
        refusal.Code,
        refusal.Message,
        refusal.Errors);

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: 1 } agg ? Unwrap(agg.InnerExceptions[0])
        : ex.InnerException is ProblemException or RefusalException or AccountException ? ex.InnerException
        : ex;
}
