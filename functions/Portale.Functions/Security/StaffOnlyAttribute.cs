namespace Portale.Functions.Security;

/// <summary>
/// The function needs a staff bearer token (Entra ID) carrying at least one of the roles. On a class it holds
/// for each of its HTTP functions that does not state its own.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class StaffOnlyAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
