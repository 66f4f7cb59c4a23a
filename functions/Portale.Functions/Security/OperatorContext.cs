namespace Portale.Functions.Security;

public static class OperatorContext
{
    private const string Key = "Portale.Operator";

    internal static void Set(FunctionContext context, OperatorPrincipal principal) => context.Items[Key] = principal;

    /// <summary>The signed-in operator; only call from an [OperatorOnly] function.</summary>
    public static OperatorPrincipal GetOperator(this FunctionContext context) =>
        context.Items.TryGetValue(Key, out var value) && value is OperatorPrincipal principal
            ? principal
            : throw new InvalidOperationException(
                "No operator on this invocation: is the function (or its class) marked [OperatorOnly]?");
}
