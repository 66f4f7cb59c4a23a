namespace Portale.Functions.Security;

/// <summary>A member of the Sportello staff, from a validated bearer token.</summary>
public sealed record StaffPrincipal(string Name, IReadOnlyList<string> Roles)
{
    private const string Key = "Portale.Staff";

    internal void AttachTo(FunctionContext context) => context.Items[Key] = this;

    public static StaffPrincipal Of(FunctionContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is StaffPrincipal staff
            ? staff
            : throw new InvalidOperationException(
                "No staff member on this invocation: is the function (or its class) marked [StaffOnly]?");
}
