namespace Portale.Functions.Security;

/// <summary>
/// A member of the Sportello staff or one of its applications, from a validated bearer token: the name
/// shown (a person's name; for an application its client id), the stable id of the identity (object id,
/// else subject) and whether it is an application (client credentials, no user).
/// </summary>
public sealed record StaffPrincipal(string Name, IReadOnlyList<string> Roles)
{
    private const string Key = "Portale.Staff";

    public string Id { get; init; } = Name;

    public bool IsApplication { get; init; }

    internal void AttachTo(FunctionContext context) => context.Items[Key] = this;

    public static StaffPrincipal Of(FunctionContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is StaffPrincipal staff
            ? staff
            : throw new InvalidOperationException(
                "No staff member on this invocation: is the function (or its class) marked [StaffOnly]?");

    /// <summary>The staff member of this invocation, or null when it has none (an anonymous or refused call).</summary>
    public static StaffPrincipal? Find(FunctionContext context) =>
        context.Items.TryGetValue(Key, out var value) ? value as StaffPrincipal : null;
}
