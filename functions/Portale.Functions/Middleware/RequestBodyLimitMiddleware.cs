using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Portale.Functions.Middleware;

/// <summary>
/// Gives each HTTP request its function's body limit (<see cref="RequestBodyLimits"/>) before anything
/// reads the body: Kestrel's own (the local host's, and the worker's behind the Functions host) is
/// 30,000,000 bytes for every route. A declared length over the limit is refused at once; a body that
/// grows past it while being read (Kestrel's "request body too large") is refused the same way, in Italian.
/// </summary>
public sealed class RequestBodyLimitMiddleware : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (!context.IsHttpTriggered() || context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }
        var limit = RequestBodyLimits.For(context.FunctionDefinition);
        if (http.Request.ContentLength > limit.MaxBytes)
        {
            throw RequestBodyLimits.TooLarge(limit);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit.MaxBytes;
        }
        try
        {
            await next(context);
        }
        catch (Exception ex) when (IsBodyTooLarge(ex))
        {
            throw RequestBodyLimits.TooLarge(limit);
        }
    }

    private static bool IsBodyTooLarge(Exception? ex) => ex switch
    {
        null => false,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsBodyTooLarge),
        _ => IsBodyTooLarge(ex.InnerException),
    };
}
