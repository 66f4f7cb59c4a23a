using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Registration;

using Portale.Functions.Problems;

namespace Portale.Functions.Http.Accounts;

public sealed class RegisterFunction(RegistrationService registration)
{
    public const string Accepted =
        "Richiesta di registrazione ricevuta. Riceverà all'indirizzo email indicato un messaggio automatico con l'invito a confermare la registrazione.";

    [Function("Register")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "accounts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<RegistrationBody>(request, cancellationToken);
        await registration.RegisterAsync(body.ToRequest(), body.Captcha, cancellationToken);
        return new AcceptedResult((string?)null, new { message = Accepted });
    }
}
