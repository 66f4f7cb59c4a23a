using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
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

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: 1 } agg ? Unwrap(agg.InnerExceptions[0])
        : ex.InnerException is ProblemException or AccountException ? ex.InnerException
        : ex;
}
