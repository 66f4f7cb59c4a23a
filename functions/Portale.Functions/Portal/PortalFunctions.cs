using Portale.Functions.BackOffice;

namespace Portale.Functions.Portal;

/// <summary>
/// Open to everyone: health, the portal's status (maintenance window and avvisi, the only routes open
/// during the nightly window) and the OpenAPI document kept beside the code (openapi.json, embedded).
/// </summary>
public sealed class PortalFunctions(
    NoticeBoard notices, IReceiptSigner receiptKeys, TimeProvider clock, IConfiguration configuration,
    IHostEnvironment environment)
{
    public const string Health = "PortalHealth";
    public const string Status = "PortalStatus";
    public const string StaffConsole = "PortalStaffConsole";

    private static readonly Lazy<string> OpenApiDocument = new(() =>
    {
        using var stream = typeof(PortalFunctions).Assembly.GetManifestResourceStream("Portale.Functions.openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [Function(Health)]
    public IActionResult GetHealth(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) =>
        new OkObjectResult(new { status = "ok" });

    [Function(Status)]
    public async Task<IActionResult> GetStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "status")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = await notices.CurrentAsync(cancellationToken);
        return new OkObjectResult(new
        {
            maintenance = MaintenanceWindow.IsLoadingWindowAt(now),
            now,
            notices = current.Select(NoticeJson.From),
        });
    }

    /// <summary>
    /// The public keys of the receipts (RFC 7517 JWKS), every one that signed receipts, rotated ones too, so old
    /// receipts still verify; cacheable for an hour (a new key is used only after it is published here).
    /// </summary>
    [Function("PortalJwks")]
    public async Task<IActionResult> GetJwks(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ".well-known/jwks.json")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var keys = await receiptKeys.PublicKeysAsync(cancellationToken);
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
        return new OkObjectResult(new
        {
            keys = keys.Select(k => new
            {
                kty = "EC", crv = "P-256", k.X, k.Y, kid = k.Kid, use = "sig", alg = CompactJws.Algorithm,
            }),
        });
    }

    /// <summary>The staff console's Entra ID settings (no secret: a SPA's client id and scope are public).</summary>
    [Function(StaffConsole)]
    public IActionResult GetStaffConsole(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff-console")] HttpRequest request) =>
        new OkObjectResult(StaffConsoleSettings.From(configuration, environment));

    [Function("PortalOpenApi")]
    public IActionResult GetOpenApi(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new ContentResult
        {
            Content = OpenApiDocument.Value,
            ContentType = "application/json; charset=utf-8",
            StatusCode = StatusCodes.Status200OK,
        };
}
