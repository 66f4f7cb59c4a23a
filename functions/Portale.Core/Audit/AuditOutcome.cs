namespace Portale.Core.Audit;

public enum AuditOutcome
{
    /// <summary>The action was carried out.</summary>
    Done,

    /// <summary>The portal refused it: no valid token, a role the route does not accept.</summary>
    Refused,
}
