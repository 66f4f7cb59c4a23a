using System.Net.Http.Headers;
using System.Text;

namespace Portale.Functions.Clients;

/// <summary>
/// The machine channel (issue 16): an operator enabled for a company creates API clients for its system
/// (after an SMS code), every referent and the staff list and revoke them, and a client exchanges its
/// credentials for a short-lived bearer token (OAuth 2.0 client credentials) that the company's routes
/// marked [ClientAccess] accept.
/// </summary>
public sealed class ClientFunctions(
    ApiClientService clients, ClientAuthentication authentication, IClientCallLog calls)
{
    public const int CallsShown = 50;

    /// <summary>Sends the code that confirms a creation to the operator's mobile.</summary>
    [Function("ClientsSendCode")]
    [OperatorOnly]
    public async Task<IActionResult> SendCode(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/clients/code")]
        HttpRequest request,
        string companyId, FunctionContext context, CancellationToken cancellationToken)
    {
        var challenge = await clients.StartCreationAsync(context.GetOperator(), cancellationToken);
        return new OkObjectResult(new { challengeId = challenge.Id, codeExpiresAt = challenge.CodeExpiresAt });
    }

    [Function("ClientsCreate")]
    [OperatorOnly]
    public async Task<IActionResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/clients")] HttpRequest request,
        string companyId, FunctionContext context, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<ClientBody>(request, cancellationToken);
        var created = await clients.CreateAsync(companyId, body.ToDraft(), context.GetOperator(), cancellationToken);
        return new ObjectResult(new { client = ClientJson.From(created.Client), clientSecret = created.Secret })
        {
            StatusCode = StatusCodes.Status201Created,
        };
    }

    [Function("ClientsList")]
    [OperatorOnly]
    public Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/clients")] HttpRequest request,
        string companyId, CancellationToken cancellationToken) => ListAsync(companyId, cancellationToken);

    [Function("ClientsRevoke")]
    [OperatorOnly]
    public async Task<IActionResult> Revoke(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "companies/{companyId}/clients/{clientId}/revoke")]
        HttpRequest request,
        string companyId, string clientId, FunctionContext context, CancellationToken cancellationToken) =>
        new OkObjectResult(ClientJson.From(
            await clients.RevokeAsync(companyId, clientId, context.GetOperator().Username, cancellationToken)));

    /// <summary>The client's latest calls, newest first: the audit a referent reads.</summary>
    [Function("ClientsListCalls")]
    [OperatorOnly]
    public async Task<IActionResult> ListCalls(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/clients/{clientId}/calls")]
        HttpRequest request,
        string companyId, string clientId, CancellationToken cancellationToken)
    {
        if (!(await clients.ListAsync(companyId, cancellationToken)).Any(c => c.Id == clientId))
        {
            throw RefusalException.NotFound("client-not-found", ClientMessages.UnknownClient);
        }
        var latest = await calls.LatestAsync(clientId, CallsShown, cancellationToken);
        return PageJson.Of(latest.Select(c => new { c.At, c.Method, c.Path, c.Status, c.Address }), null, latest.Count);
    }

    [Function("ClientsListForStaff")]
    [StaffOnly(StaffRoles.BackOffice, StaffRoles.HelpDesk, StaffRoles.ReadOnly)]
    public Task<IActionResult> ListForStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "backoffice/companies/{companyId}/clients")]
        HttpRequest request,
        string companyId, CancellationToken cancellationToken) => ListAsync(companyId, cancellationToken);

    [Function("ClientsRevokeByStaff")]
    [StaffOnly(StaffRoles.BackOffice, StaffRoles.HelpDesk)]
    public async Task<IActionResult> RevokeByStaff(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "backoffice/companies/{companyId}/clients/{clientId}/revoke")] HttpRequest request,
        string companyId, string clientId, FunctionContext context, CancellationToken cancellationToken)
    {
        var revoked = await clients.RevokeAsync(companyId, clientId, "Sportello", cancellationToken);
        await context.AuditAsync(AuditActions.ClientRevoked, $"{companyId}/{clientId}");
        return new OkObjectResult(ClientJson.From(revoked));
    }

    /// <summary>
    /// OAuth 2.0 client credentials (RFC 6749 §4.4): a form-encoded <c>grant_type=client_credentials</c>, the
    /// client authenticated by HTTP Basic or by <c>client_id</c>/<c>client_secret</c> in the body (not both).
    /// </summary>
    [Function("ClientsToken")]
    public async Task<IActionResult> Token(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "oauth/token")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return OAuthError.Of(StatusCodes.Status400BadRequest, "invalid_request",
                "La richiesta deve essere inviata come application/x-www-form-urlencoded.", request.HttpContext.Response);
        }
        var form = await request.ReadFormAsync(cancellationToken);
        var grant = form["grant_type"].ToString();
        if (grant.Length == 0)
        {
            return OAuthError.Of(StatusCodes.Status400BadRequest, "invalid_request",
                "Indicare grant_type=client_credentials.", request.HttpContext.Response);
        }
        if (grant != "client_credentials")
        {
            return OAuthError.Of(StatusCodes.Status400BadRequest, "unsupported_grant_type",
                "Il Portale accetta solo grant_type=client_credentials.", request.HttpContext.Response);
        }
        if (Credentials(request, form) is not { } credentials)
        {
            return OAuthError.Of(StatusCodes.Status400BadRequest, "invalid_request",
                "Indicare le credenziali del sistema una sola volta: con HTTP Basic oppure con client_id e " +
                "client_secret.", request.HttpContext.Response);
        }
        var issued = await authentication.IssueAsync(credentials.Id, credentials.Secret, cancellationToken);
        if (issued is null)
        {
            return OAuthError.Of(StatusCodes.Status401Unauthorized, "invalid_client", ClientMessages.ClientRefused,
                request.HttpContext.Response);
        }
        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Any(s => ClientPermissionNames.Parse(s) is not { } p || !issued.Permissions.Contains(p)))
        {
            return OAuthError.Of(StatusCodes.Status400BadRequest, "invalid_scope",
                "Lo scope richiesto comprende permessi non concessi a queste credenziali.", request.HttpContext.Response);
        }
        request.HttpContext.Response.Headers.Pragma = "no-cache";
        return new JsonResult(new Dictionary<string, object>
        {
            ["access_token"] = issued.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)ClientAuthentication.TokenLifetime.TotalSeconds,
            ["scope"] = ClientPermissionNames.Scope(issued.Permissions),
        });
    }

    private async Task<IActionResult> ListAsync(string companyId, CancellationToken cancellationToken)
    {
        var list = await clients.ListAsync(companyId, cancellationToken);
        return PageJson.Of(list.Select(ClientJson.From), null, list.Count);
    }

    /// <summary>The client's id and secret (empty when missing: an unknown client); null when both places carry them.</summary>
    private static (string Id, string Secret)? Credentials(HttpRequest request, IFormCollection form)
    {
        var inBody = form.ContainsKey("client_id") || form.ContainsKey("client_secret");
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            if (inBody || Basic(header.Parameter) is not { } basic)
            {
                return null;
            }
            return basic;
        }
        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    /// <summary>RFC 6749 §2.3.1: id and secret form-urlencoded, then joined by a colon and base64-encoded.</summary>
    private static (string, string)? Basic(string? parameter)
    {
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter ?? ""));
            var colon = decoded.IndexOf(':');
            return colon <= 0 ? null : (Uri.UnescapeDataString(decoded[..colon].Replace('+', ' ')),
                Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' ')));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
