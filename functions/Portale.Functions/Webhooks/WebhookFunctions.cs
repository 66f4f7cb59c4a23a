namespace Portale.Functions.Webhooks;

/// <summary>
/// A client's webhook (issue 16 item 3): registered by a referent of the company or by the client itself,
/// shown with its failed deliveries, removed; delivered by a timer every minute, never inside a request.
/// </summary>
public sealed class WebhookFunctions(
    WebhookDispatcher dispatcher, ApiClientService clients, IWebhookStore webhooks, IHostEnvironment environment)
{
    public const string Deliver = "WebhooksDeliver";
    public const int FailuresShown = 50;

    [Function(Deliver)]
    public Task RunDeliver([TimerTrigger("0 * * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        dispatcher.RunAsync(cancellationToken);

    [Function("WebhooksPut")]
    [OperatorOnly]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> Put(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "companies/{companyId}/clients/{clientId}/webhook")]
        HttpRequest request,
        string companyId, string clientId, FunctionContext context, CancellationToken cancellationToken)
    {
        var client = await ClientAsync(companyId, clientId, context, cancellationToken);
        var body = await RequestJson.ReadAsync<WebhookBody>(request, cancellationToken);
        var registered = await dispatcher.RegisterAsync(
            client, body.Url, body.Cursor, environment.IsDevelopment(), cancellationToken);
        return new OkObjectResult(new
        {
            webhook = WebhookJson.From(registered.Endpoint),
            signingSecret = registered.SigningSecret,
        });
    }

    [Function("WebhooksGet")]
    [OperatorOnly]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "companies/{companyId}/clients/{clientId}/webhook")]
        HttpRequest request,
        string companyId, string clientId, FunctionContext context, CancellationToken cancellationToken)
    {
        await ClientAsync(companyId, clientId, context, cancellationToken);
        var endpoint = await webhooks.FindAsync(clientId, cancellationToken);
        var failures = await webhooks.FailuresAsync(clientId, FailuresShown, cancellationToken);
        return new OkObjectResult(new
        {
            webhook = endpoint is null ? null : WebhookJson.From(endpoint),
            failures = failures.Select(f => new { f.At, f.ItemKey, f.Attempt, f.Reason }),
        });
    }

    [Function("WebhooksDelete")]
    [OperatorOnly]
    [ClientAccess(ClientPermission.ReadLetters)]
    public async Task<IActionResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "companies/{companyId}/clients/{clientId}/webhook")]
        HttpRequest request,
        string companyId, string clientId, FunctionContext context, CancellationToken cancellationToken)
    {
        await ClientAsync(companyId, clientId, context, cancellationToken);
        await webhooks.DeleteAsync(clientId, cancellationToken);
        return new NoContentResult();
    }

    /// <summary>A client of the company; a system may name only itself.</summary>
    private async Task<ApiClient> ClientAsync(
        string companyId, string clientId, FunctionContext context, CancellationToken cancellationToken) =>
        (context.FindClient() is not { } caller || caller.Client.Id == clientId)
        && (await clients.ListAsync(companyId, cancellationToken)).FirstOrDefault(c => c.Id == clientId && !c.IsRevoked)
            is { } client
            ? client
            : throw RefusalException.NotFound("client-not-found", ClientMessages.UnknownClient);
}
