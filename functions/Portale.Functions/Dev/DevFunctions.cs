using Portale.Adapters.Messaging;
using Portale.Adapters.Receipts;
using Portale.Core.Messaging;

namespace Portale.Functions.Dev;

/// <summary>
/// Development only: the emails and SMS the portal "sent". The outbox exists only in Development with
/// Portale:Messaging:Mode = outbox; anywhere else this answers 404 like an unknown route.
/// </summary>
public sealed class DevFunctions(IHostEnvironment environment, IServiceProvider services)
{
    [Function("DevListOutbox")]
    public async Task<IActionResult> ListOutbox(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dev/outbox")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || services.GetService<IEmailSender>() is not TableOutbox outbox)
        {
            throw RefusalException.NotFound();
        }
        var max = int.TryParse(request.Query["max"], out var m) ? Math.Clamp(m, 1, 500) : 100;
        var items = await outbox.ListAsync(request.Query["to"].ToString(), max, cancellationToken);
        return new OkObjectResult(new { items });
    }

    /// <summary>
    /// Rotates the local receipt key (in Azure: a new Key Vault key version): receipts are signed with the new
    /// key from now on, and the old one stays in the JWKS. 404 outside Development or with Key Vault configured.
    /// </summary>
    [Function("DevRotateReceiptKey")]
    public async Task<IActionResult> RotateReceiptKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dev/receipt-keys/rotate")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || services.GetService<LocalReceiptSigner>() is not { } signer)
        {
            throw RefusalException.NotFound();
        }
        return new OkObjectResult(new { kid = await signer.RotateAsync(cancellationToken) });
    }
}
