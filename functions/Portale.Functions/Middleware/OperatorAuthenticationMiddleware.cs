using System.Reflection;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Portale.Functions.Middleware;

/// <summary>
/// Enforces [OperatorOnly], deciding who calls: an operator's session (the CSRF header on state-changing
/// calls, the user's enablement for the company in the route) or, on a function marked [ClientAccess], a
/// company system's bearer token (its own company only, the permission the function needs). A company
/// the caller may not see is a plain 404, with no hint. Every call of a client is audited, refused or not.
/// </summary>
public sealed class OperatorAuthenticationMiddleware(
    SessionService sessions, ICompanyEnablements enablements, ClientAuthentication clients, IClientCallLog calls,
    ClientAddress addresses, TimeProvider clock)
    : IFunctionsWorkerMiddleware
{
    private const string BearerPrefix = "Bearer ";

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.HttpPolicy<OperatorOnlyAttribute>() is null)
        {
            await next(context);
            return;
        }
        var http = context.GetHttpContext()!;
        var company = http.Request.RouteValues.TryGetValue("companyId", out var value) ? $"{value}" : null;
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await AsClientAsync(context, http, authorization[BearerPrefix.Length..].Trim(), company, next);
            return;
        }
        var principal = await sessions.ResolveAsync(http.Request.Cookies[SessionCookie.Name], context.CancellationToken)
            ?? throw RefusalException.Unauthenticated();
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            CsrfHeader.Require(http.Request);
        }
        if (company is not null && !await enablements.IsEnabledAsync(principal.UserId, company, context.CancellationToken))
        {
            throw RefusalException.NotFound();
        }
        OperatorContext.Set(context, principal);
        await next(context);
    }

    private async Task AsClientAsync(
        FunctionContext context, HttpContext http, string token, string? company, FunctionExecutionDelegate next)
    {
        // Once the answer is sent, whatever it was (a refusal is written by the problem middleware, outside).
        http.Response.OnCompleted(() => AuditAsync(context, http, token));
        var access = FunctionMethods.Of(context.FunctionDefinition)?.GetCustomAttribute<ClientAccessAttribute>()
            ?? throw RefusalException.Unauthenticated("client-not-allowed", ClientMessages.RouteNotForClients);
        var client = await clients.AuthenticateAsync(token, company, access.Permission, context.CancellationToken);
        ClientContext.Set(context, client);
        OperatorContext.Set(context, client.AsOperator());
        await next(context);
    }

    /// <summary>Recorded under the token's client id (a forged one included: the row says what was tried).</summary>
    private Task AuditAsync(FunctionContext context, HttpContext http, string token)
    {
        var clientId = context.FindClient()?.Client.Id ?? token.Split('.')[0];
        if (clientId is not { Length: > 0 and <= 64 } || !clientId.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            clientId = "unknown";
        }
        return calls.AddAsync(new ClientCall(clientId, clock.GetUtcNow(), http.Request.Method,
            http.Request.Path.Value ?? "", http.Response.StatusCode, addresses.Of(http.Request)), CancellationToken.None);
    }
}
