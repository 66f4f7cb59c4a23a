using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Portale.Functions.Security;

namespace Portale.LocalHost.Admin;

/// <summary>
/// Development-only admin routes, like the Functions host's: run a timer or blob function now,
/// and move the business clock. They are not mapped outside Development.
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("admin/functions/{name}", RunFunctionAsync);
        endpoints.MapGet("admin/clock", (TimeProvider clock) => Results.Ok(new { now = RomeTime.Now(clock) }));
        endpoints.MapPost("admin/clock", SetClock);
        endpoints.MapPost("admin/token", IssueStaffToken);
    }

    private static async Task<IResult> RunFunctionAsync(
        string name,
        HttpRequest request,
        FunctionCatalog catalog,
        FunctionInvoker invoker,
        BlobTriggerDispatcher blobs,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var function = catalog.Find(name);
        if (function is null || function.Kind == TriggerKind.Http)
        {
            return Problem(RefusalException.NotFound(
                "function-not-found", $"Nessuna funzione a timer o blob si chiama '{name}'."));
        }
        var input = await ReadInputAsync(request, cancellationToken);
        if (function.Kind == TriggerKind.Timer)
        {
            var info = new TimerInfo { ScheduleStatus = new ScheduleStatus { Last = clock.GetUtcNow().UtcDateTime } };
            await invoker.InvokeAsync(
                function, new InvocationInput(info, new Dictionary<string, object?>()), cancellationToken);
            return Results.Accepted();
        }
        var container = BlobTriggerDispatcher.PatternOf(function).Container;
        if (input is null || !input.StartsWith(container + "/", StringComparison.Ordinal))
        {
            return Problem(RefusalException.BadRequest(
                "input-required", $"Indicare in 'input' il percorso del blob, ad esempio '{container}/nome'."));
        }
        var outcome = await blobs.DispatchAsync(
            function, input[(container.Length + 1)..], force: true, cancellationToken);
        return Results.Accepted(value: new { outcome = outcome.ToString() });
    }

    private static async Task<IResult> SetClock(
        HttpRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (clock is not AdjustableClock adjustable)
        {
            return Problem(RefusalException.Conflict(
                "clock-fixed", "L'orologio di questo ambiente non può essere spostato."));
        }
        var body = await JsonSerializer.DeserializeAsync<ClockRequest>(
            request.Body, PortaleJson.Options, cancellationToken);
        if (body?.Now is not { } now)
        {
            return Problem(RefusalException.BadRequest("clock-invalid",
                "Indicare in 'now' un istante ISO 8601 con fuso orario, ad esempio 2026-03-10T01:30:00+01:00."));
        }
        adjustable.Set(now);
        return Results.Ok(new { now = RomeTime.Now(clock) });
    }

    /// <summary>
    /// A staff bearer token signed with the development key, standing in for Entra ID: a person's
    /// (<c>name</c>) or, with <c>appId</c> and no name, an application's (client credentials: azp/appid,
    /// idtyp "app", no name), with the app roles in <c>roles</c> either way.
    /// </summary>
    /// <remarks>
    /// Stamped with the real clock, not the business clock: token validation checks lifetimes against real time.
    /// </remarks>
    private static async Task<IResult> IssueStaffToken(
        HttpRequest request, DevelopmentSigningKey key, CancellationToken cancellationToken)
    {
        var body = await JsonSerializer.DeserializeAsync<TokenRequest>(
            request.Body, PortaleJson.Options, cancellationToken);
        var app = body?.AppId is { Length: > 0 } appId && string.IsNullOrWhiteSpace(body.Name) ? appId : null;
        if (string.IsNullOrWhiteSpace(body?.Name) && app is null)
        {
            return Problem(RefusalException.BadRequest("name-required",
                "Indicare in 'name' il nome della persona dello Sportello, o in 'appId' l'applicazione."));
        }
        var identity = app ?? body!.Name!;
        var claims = new Dictionary<string, object>
        {
            ["roles"] = body!.Roles ?? [],
            ["oid"] = new Guid(MD5.HashData(Encoding.UTF8.GetBytes(identity))).ToString(),
        };
        if (app is null)
        {
            claims["name"] = identity;
        }
        else
        {
            (claims["azp"], claims["appid"], claims["idtyp"]) = (app, app, "app");
        }
        var now = DateTime.UtcNow;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentSigningKey.Issuer,
            Audience = DevelopmentSigningKey.Audience,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-5),
            Expires = now.AddHours(8),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return Results.Ok(new { token });
    }

    private static async Task<string?> ReadInputAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 or null && !request.Headers.ContainsKey("Transfer-Encoding"))
        {
            return null;
        }
        try
        {
            var body = await JsonSerializer.DeserializeAsync<FunctionRequest>(
                request.Body, PortaleJson.Options, cancellationToken);
            return body?.Input;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Problem(RefusalException refusal) => ProblemResult.For(refusal);

    private sealed record ClockRequest(DateTimeOffset? Now);

    private sealed record FunctionRequest(string? Input);

    private sealed record TokenRequest(string? Name, string[]? Roles, string? AppId);
}
