namespace Portale.Core.Clients;

public interface IWebhookStore
{
    Task SaveAsync(WebhookEndpoint endpoint, CancellationToken cancellationToken);

    Task<WebhookEndpoint?> FindAsync(string clientId, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebhookEndpoint>> ListAsync(CancellationToken cancellationToken);

    Task DeleteAsync(string clientId, CancellationToken cancellationToken);

    Task AddFailureAsync(WebhookFailure failure, CancellationToken cancellationToken);

    /// <summary>The client's failed deliveries, newest first.</summary>
    Task<IReadOnlyList<WebhookFailure>> FailuresAsync(string clientId, int count, CancellationToken cancellationToken);
}
