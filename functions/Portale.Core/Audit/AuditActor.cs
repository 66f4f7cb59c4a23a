namespace Portale.Core.Audit;

/// <summary>
/// Who did it and from where: the staff member's or application's name and stable id (Entra object id),
/// the roles the token carried and the client address the request came from.
/// </summary>
public sealed record AuditActor(string Name, string Id, bool IsApplication, IReadOnlyList<string> Roles, string Address)
{
    /// <summary>A caller with no valid token (a refused attempt): only the address is known.</summary>
    public static AuditActor Anonymous(string address) => new("anonimo", "", false, [], address);
}
