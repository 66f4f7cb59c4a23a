using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Portale.Core.Identity;
using Portale.Functions.Security;
using Portale.Core.Refusals;

namespace Portale.Functions.Middleware;

/// <summary>
/// Enforces [OperatorOnly]: a valid session, the CSRF header on state-changing calls, and the
/// user's enablement for the company in the route (a miss is a plain 404, with no hint).
/// </summary>
public sealed class OperatorAuthenticationMiddleware(SessionService sessions, ICompanyEnablements enablements) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (!context.IsHttpTriggered() || FunctionMethods.Policy<OperatorOnlyAttribute>(context.FunctionDefinition) is null)
        {
            await next(context);
            return;
        }
        var http = context.GetHttpContext()!;
        var principal = await sessions.ResolveAsync(http.Request.Cookies[SessionCookie.Name], context.CancellationToken)
            ?? throw RefusalException.Unauthenticated();
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            SessionCookie.RequireCsrfHeader(http.Request);
        }
        if (http.Request.RouteValues.TryGetValue("companyId", out var company)
            && !await enablements.IsEnabledAsync(principal.UserId, company?.ToString() ?? "", context.CancellationToken))
        {
            throw RefusalException.NotFound();
        }
        OperatorContext.Set(context, principal);
        await next(context);
    }
}
