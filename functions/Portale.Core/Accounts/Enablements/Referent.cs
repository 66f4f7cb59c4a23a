namespace Portale.Core.Accounts.Enablements;

/// <summary>A user enabled for a company, and the enablement that made them so.</summary>
public sealed record Referent(string UserId, DateTimeOffset EnabledAt, string EnabledBy, string EnablementId);
