using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Registration;

namespace Portale.Functions.Http.Accounts;

public sealed class ConfirmRegistrationFunction(ConfirmationService confirmation)
{
    public const string Confirmed = "Registrazione confermata. Riceverà una email contenente lo Username e la Password temporanea per effettuare il primo accesso.";

    [Function("ConfirmRegistration")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "accounts/confirm")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        await confirmation.ConfirmAsync(request.Query["token"].ToString(), cancellationToken);
        return new OkObjectResult(new { message = Confirmed });
    }
}
