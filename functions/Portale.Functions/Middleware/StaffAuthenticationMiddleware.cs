using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Portale.Functions.Middleware;

/// <summary>
/// Enforces [StaffOnly]: the isolated worker ignores [Authorize], so the bearer token is
/// authenticated here and its app roles checked against the function's policy. People and the
/// Sportello's applications (client-credentials tokens, no user) carry their app roles the same way.
/// </summary>
public sealed class StaffAuthenticationMiddleware : IFunctionsWorkerMiddleware
{
    public const string Unauthenticated = "staff-unauthenticated";
    public const string Forbidden = "staff-forbidden";
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
            throw RefusalException.Unauthenticated(Unauthenticated,
                "Accesso riservato al personale dello Sportello: autenticazione richiesta.");
        }
        var staff = PrincipalOf(result.Principal);
        // Attached before the role check, so a refusal names who was refused.
        staff.AttachTo(context);
        if (policy.Roles.Count > 0 && !policy.Roles.Any(staff.Roles.Contains))
        {
            throw RefusalException.Forbidden(Forbidden, StaffForbidden);
        }
        http.User = result.Principal;
        await next(context);
    }

    /// <summary>
    /// A person's token has a name (or preferred_username); an application's (client credentials) has
    /// neither, and names the client by azp (v2) or appid (v1), with idtyp "app" when that optional
    /// claim is configured. The id is the object id, else the subject.
    /// </summary>
    private static StaffPrincipal PrincipalOf(System.Security.Claims.ClaimsPrincipal principal)
    {
        string? Claim(string type) => principal.FindFirst(type)?.Value;
        var roles = principal.FindAll("roles").Select(c => c.Value).ToList();
        var person = Claim("name") ?? Claim("preferred_username");
        var client = Claim("azp") ?? Claim("appid");
        var isApplication = Claim("idtyp") == "app" || (person is null && client is not null);
        var name = isApplication ? client ?? "app" : person ?? "staff";
        return new StaffPrincipal(name, roles)
        {
            Id = Claim("oid") ?? Claim("sub") ?? name,
            IsApplication = isApplication,
        };
    }
}
