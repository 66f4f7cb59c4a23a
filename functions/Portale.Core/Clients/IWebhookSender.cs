namespace Portale.Core.Clients;

/// <summary>
/// POSTs one signed event and says how it went: null when the receiver answered 2xx, else the reason
/// (its status, a timeout, a refused address). Never throws for the receiver's faults.
/// </summary>
public interface IWebhookSender
{
    Task<string?> SendAsync(
        string url, string body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken);
}
