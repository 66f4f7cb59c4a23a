using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Portale.Functions.Middleware;

/// <summary>
/// Enforces [StaffOnly]: the isolated worker ignores [Authorize], so the bearer token is
/// authenticated here and its app roles checked against the function's policy.
/// </summary>
public sealed class StaffAuthenticationMiddleware : IFunctionsWorkerMiddleware
{
    public const string StaffForbidden = "Il profilo non è autorizzato a questa operazione.";

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var policy = context.HttpPolicy<StaffOnlyAttribute>();
        if (policy is null)
        {
            await next(context);
            return;
        }
        var http = context.GetHttpContext()!;
        var result = await http.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            throw RefusalException.Unauthenticated("staff-unauthenticated",
                "Accesso riservato al personale dello Sportello: autenticazione richiesta.");
        }
        var roles = result.Principal.FindAll("roles").Select(c => c.Value).ToList();
        if (policy.Roles.Count > 0 && !policy.Roles.Any(roles.Contains))
        {
            throw RefusalException.Forbidden("staff-forbidden", StaffForbidden);
        }
        http.User = result.Principal;
        var name = result.Principal.FindFirst("name")?.Value
            ?? result.Principal.FindFirst("preferred_username")?.Value
            ?? "staff";
        new StaffPrincipal(name, roles).AttachTo(context);
        await next(context);
    }
}
