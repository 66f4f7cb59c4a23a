using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Recovery;

using Portale.Functions.Problems;

namespace Portale.Functions.Http.Accounts;

public sealed class RecoverUsernameFunction(RecoveryService recovery)
{
    public const string Accepted = "Se l'indirizzo email è associato ad almeno un account, riceverà a breve un messaggio con l'elenco degli username.";

    [Function("RecoverUsername")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "accounts/recover-username")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<RecoverUsernameBody>(request, cancellationToken);
        await recovery.RecoverUsernameAsync(body.Email, body.Captcha, cancellationToken);
        return new AcceptedResult((string?)null, new { message = Accepted });
    }
}
