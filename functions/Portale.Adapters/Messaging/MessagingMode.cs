namespace Portale.Adapters.Messaging;

/// <summary><c>Portale:Messaging:Mode</c>: <c>acs</c> (send) or <c>outbox</c> (store only; Development only).</summary>
public static class MessagingMode
{
    public const string Setting = "Portale:Messaging:Mode";
    public const string Acs = "acs";
    public const string Outbox = "outbox";
}
