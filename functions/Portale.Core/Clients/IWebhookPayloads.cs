namespace Portale.Core.Clients;

/// <summary>A feed item as the webhook's body: the same JSON the feed's routes answer.</summary>
public interface IWebhookPayloads
{
    string Of(ChangeItem item);
}
