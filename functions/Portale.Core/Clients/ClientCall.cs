namespace Portale.Core.Clients;

/// <summary>One call of a client, as the audit keeps it: when, what, with which outcome, from where.</summary>
public sealed record ClientCall(
    string ClientId, DateTimeOffset At, string Method, string Path, int Status, string Address);
