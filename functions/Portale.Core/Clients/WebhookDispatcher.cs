namespace Portale.Core.Clients;

/// <summary>
/// Webhooks: a client registers one HTTPS endpoint; a timer (never a request) POSTs each item of its
/// company's feed there, signed (<see cref="WebhookSignature"/>), in feed order. A failure waits
/// 30 s × 2^(n−1) (at most an hour) before the next try, and <see cref="MaxAttempts"/> failures in a row
/// stop the endpoint; each failure is recorded for the client and the operator to see. Delivery is at
/// least once: a page interrupted by a failure is sent again from its start, so receivers keep the
/// <c>Portale-Delivery</c> ids they have seen. Endpoints are served side by side: a slow one (each POST
/// gives up after the sender's timeout) holds back only itself.
/// </summary>
public sealed class WebhookDispatcher(
    IWebhookStore store,
    IApiClientStore clients,
    ClientAuthentication authentication,
    ChangeFeedReader feed,
    IWebhookSender sender,
    IWebhookPayloads payloads,
    AccountSecrets secrets,
    TimeProvider clock)
{
    public const string JobName = "webhook-delivery";
    public const int MaxAttempts = 8;
    public const int PageSize = 25;
    private const int PagesPerRun = 4;
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// <param name="cursor">The feed cursor the system has read to (null: the company's feed from its start).</param>
    public async Task<RegisteredWebhook> RegisterAsync(
        ApiClient client, string? url, string? cursor, bool development, CancellationToken cancellationToken)
    {
        if (WebhookUrl.Refusal(url, development) is { } refusal)
        {
            throw RefusalException.Field("webhook-url-invalid", "url", refusal);
        }
        if (cursor is not null)
        {
            Query(client.CompanyId, cursor); // a cursor of another query is refused now, not at delivery
        }
        var endpoint = new WebhookEndpoint(client.Id, client.CompanyId, url!.Trim(), clock.GetUtcNow(), cursor);
        await store.SaveAsync(endpoint, cancellationToken);
        return new RegisteredWebhook(endpoint, SecretOf(endpoint));
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var endpoints = await store.ListAsync(cancellationToken);
        await Task.WhenAll(endpoints.Select(e => DeliverAsync(e, cancellationToken)));
    }

    private async Task DeliverAsync(WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (endpoint.Stopped || endpoint.NextAttemptAt > clock.GetUtcNow()
            || await clients.FindAsync(endpoint.ClientId, cancellationToken) is not { } client
            || !await authentication.IsActiveAsync(client, cancellationToken))
        {
            return;
        }
        var secret = SecretOf(endpoint);
        for (var pageNumber = 0; pageNumber < PagesPerRun; pageNumber++)
        {
            var page = await feed.ReadAsync(Query(endpoint.CompanyId, endpoint.Cursor), cancellationToken);
            foreach (var item in page.Items)
            {
                var body = payloads.Of(item);
                var headers = new Dictionary<string, string>
                {
                    [WebhookSignature.Header] = WebhookSignature.Of(secret, clock.GetUtcNow(), body),
                    ["Portale-Event"] = ChangeKindNames.Of(item.Kind),
                    ["Portale-Delivery"] = item.Key,
                };
                if (await sender.SendAsync(endpoint.Url, body, headers, cancellationToken) is { } reason)
                {
                    await FailedAsync(endpoint, item.Key, reason, cancellationToken);
                    return;
                }
            }
            endpoint = endpoint with { Cursor = page.NextCursor, FailedAttempts = 0, NextAttemptAt = null };
            await store.SaveAsync(endpoint, cancellationToken);
            if (!page.HasMore)
            {
                return;
            }
        }
    }

    private async Task FailedAsync(
        WebhookEndpoint endpoint, string itemKey, string reason, CancellationToken cancellationToken)
    {
        var attempt = endpoint.FailedAttempts + 1;
        var now = clock.GetUtcNow();
        var wait = TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstWait.Ticks << Math.Min(attempt - 1, 20)));
        await store.AddFailureAsync(new WebhookFailure(endpoint.ClientId, now, itemKey, attempt, reason), cancellationToken);
        await store.SaveAsync(endpoint with
        {
            FailedAttempts = attempt,
            NextAttemptAt = now + wait,
            Stopped = attempt >= MaxAttempts,
        }, cancellationToken);
    }

    private static ChangeFeedQuery Query(string companyId, string? cursor) => ChangeFeedQuery.Parse(
        name => name switch
        {
            "cursor" => cursor,
            "pageSize" => PageSize.ToString(CultureInfo.InvariantCulture),
            _ => null,
        }, companyId, allCompanies: false);

    private string SecretOf(WebhookEndpoint endpoint) => "whsec_" + SecretCodes.KeyedHash(secrets.WebhookKey,
        $"{endpoint.ClientId}|{endpoint.Url}|{endpoint.RegisteredAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}");
}
