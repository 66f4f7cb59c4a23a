using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Recovery;

using Portale.Functions.Problems;

namespace Portale.Functions.Http.Accounts;

public sealed class RecoverPasswordFunction(RecoveryService recovery)
{
    public const string Accepted = "Se lo username è registrato, riceverà all'indirizzo email associato un messaggio con una password temporanea.";

    [Function("RecoverPassword")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "accounts/recover-password")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<RecoverPasswordBody>(request, cancellationToken);
        await recovery.RecoverPasswordAsync(body.Username, body.Captcha, cancellationToken);
        return new AcceptedResult((string?)null, new { message = Accepted });
    }
}
