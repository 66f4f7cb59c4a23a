using Portale.Adapters.Messaging;
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
}
