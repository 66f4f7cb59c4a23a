namespace Portale.Core.Identity;

/// <summary>A session just opened, with its id: the only time the id exists outside the cookie.</summary>
public sealed record OpenedSession(string Id, OperatorSession Session);
