namespace Portale.Functions.Security;

/// <summary>
/// An [OperatorOnly] function that a company's system may also call, with a bearer token of its API client
/// carrying <see cref="Permission"/>: the same route, the same company scope, the same services.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ClientAccessAttribute(ClientPermission permission) : Attribute
{
    public ClientPermission Permission { get; } = permission;
}
