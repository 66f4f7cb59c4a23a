using Microsoft.Azure.Functions.Worker.Middleware;

namespace Portale.Functions.Middleware;

/// <summary>
/// Outermost: every HTTP function's response — answer, problem, document, 500 — carries the API's
/// security headers (<see cref="SecurityHeaders"/>), set before anything can start the response.
/// </summary>
public sealed class SecurityHeadersMiddleware(IHostEnvironment environment) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.IsHttpTriggered() && context.GetHttpContext() is { } http)
        {
            SecurityHeaders.ForApi(http.Response, https: !environment.IsDevelopment());
        }
        return next(context);
    }
}
