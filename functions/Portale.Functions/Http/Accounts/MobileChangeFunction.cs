using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.MobileChange;

using Portale.Functions.Problems;

namespace Portale.Functions.Http.Accounts;

public sealed class MobileChangeFunction(MobileChangeService mobileChange)
{
    public const string Accepted = "Se lo username è registrato, riceverà all'indirizzo email associato il link \"Conferma modifica recapito mobile\".";
    public const string Confirmed = "Modifica del recapito mobile confermata: al prossimo accesso le sarà richiesto di inserire il nuovo recapito mobile.";

    [Function("MobileChange")]
    public async Task<IActionResult> Request(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "accounts/mobile-change")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<MobileChangeBody>(request, cancellationToken);
        await mobileChange.RequestAsync(body.Username, body.Captcha, body.Acknowledged, cancellationToken);
        return new AcceptedResult((string?)null, new { message = Accepted });
    }

    [Function("MobileChangeConfirm")]
    public async Task<IActionResult> Confirm(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "accounts/mobile-change/confirm")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        await mobileChange.ConfirmAsync(request.Query["token"].ToString(), cancellationToken);
        return new OkObjectResult(new { message = Confirmed });
    }
}
