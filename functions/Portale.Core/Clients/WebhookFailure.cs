namespace Portale.Core.Clients;

/// <summary>A delivery that failed: when, the item it carried, and why (the status or the error).</summary>
public sealed record WebhookFailure(string ClientId, DateTimeOffset At, string ItemKey, int Attempt, string Reason);
