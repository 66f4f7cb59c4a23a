namespace Portale.Functions.Security;

/// <summary>The company's system an invocation runs for, when it came with a client's token.</summary>
public static class ClientContext
{
    private const string Key = "Portale.Client";

    internal static void Set(FunctionContext context, ClientPrincipal principal) => context.Items[Key] = principal;

    public static ClientPrincipal? FindClient(this FunctionContext context) =>
        context.Items.TryGetValue(Key, out var value) ? value as ClientPrincipal : null;
}
