using Microsoft.Azure.Functions.Worker.Middleware;

namespace Portale.Functions.Middleware;

/// <summary>
/// The outermost middleware: a <see cref="RefusalException"/> thrown by a function or by the middleware
/// after this one becomes problem+json (status from <see cref="RefusalStatus"/>); anything else is
/// logged and answered with a 500 in Italian.
/// </summary>
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
            var problem = Unwrap(ex) is RefusalException refusal ? ProblemResult.For(refusal) : Unexpected(ex);
            await context.ShortCircuitAsync(problem);
        }
    }

    private ProblemResult Unexpected(Exception ex)
    {
        logger.LogError(ex, "Unhandled failure in a function");
        return ProblemResult.InternalError();
    }

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: 1 } agg ? Unwrap(agg.InnerExceptions[0])
        : ex.InnerException is RefusalException ? ex.InnerException
        : ex;
}
