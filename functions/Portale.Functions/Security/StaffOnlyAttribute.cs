namespace Portale.Functions.Security;

/// <summary>The function needs a staff bearer token (Entra ID) carrying at least one of the roles.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StaffOnlyAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
