using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Portale.Core.Identity;
using Portale.Functions.Auth;
using Portale.Functions.Problems;

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
        var principal = await sessions.ResolveAsync(http.Request.Cookies[SessionCookie.Name], context.CancellationToken);
        if (principal is null)
        {
            await context.ShortCircuitAsync(new ProblemResult(401, "unauthenticated",
                "Sessione non valida o scaduta: accedi di nuovo al portale."));
            return;
        }
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && http.Request.Headers[SessionCookie.CsrfHeader] != SessionCookie.CsrfValue)
        {
            await context.ShortCircuitAsync(new ProblemResult(403, "csrf",
                "Richiesta non valida: ricarica la pagina e riprova."));
            return;
        }
        if (http.Request.RouteValues.TryGetValue("companyId", out var company)
            && !await enablements.IsEnabledAsync(principal.UserId, company?.ToString() ?? string.Empty, context.CancellationToken))
        {
            await context.ShortCircuitAsync(new ProblemResult(404, "not-found", "La risorsa richiesta non esiste."));
            return;
        }
        OperatorContext.Set(context, principal);
        await next(context);
    }
}
