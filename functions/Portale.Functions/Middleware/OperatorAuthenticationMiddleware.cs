using Microsoft.Azure.Functions.Worker.Middleware;

namespace Portale.Functions.Middleware;

/// <summary>
/// Enforces [OperatorOnly]: a valid session, the CSRF header on state-changing calls, and the
/// user's enablement for the company in the route (a miss is a plain 404, with no hint).
/// </summary>
public sealed class OperatorAuthenticationMiddleware(SessionService sessions, ICompanyEnablements enablements)
    : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.HttpPolicy<OperatorOnlyAttribute>() is null)
        {
            await next(context);
            return;
        }
        var http = context.GetHttpContext()!;
        var principal = await sessions.ResolveAsync(http.Request.Cookies[SessionCookie.Name], context.CancellationToken)
            ?? throw RefusalException.Unauthenticated();
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            CsrfHeader.Require(http.Request);
        }
        if (http.Request.RouteValues.TryGetValue("companyId", out var company)
            && !await enablements.IsEnabledAsync(principal.UserId, $"{company}", context.CancellationToken))
        {
            throw RefusalException.NotFound();
        }
        OperatorContext.Set(context, principal);
        await next(context);
    }
}
