using System.Collections.Concurrent;
using System.Reflection;

namespace Portale.Functions.Security;

/// <summary>Finds the method behind a function from its entry point, to read its policy attributes.</summary>
public static class FunctionMethods
{
    private static readonly ConcurrentDictionary<string, MethodInfo?> Cache = new();

    public static MethodInfo? Of(FunctionDefinition definition) =>
        Cache.GetOrAdd(definition.EntryPoint, entryPoint =>
        {
            var dot = entryPoint.LastIndexOf('.');
            var typeName = entryPoint[..dot];
            var methodName = entryPoint[(dot + 1)..];
            var type = AppDomain.CurrentDomain.GetAssemblies()
                .Select(a => a.GetType(typeName, throwOnError: false))
                .FirstOrDefault(t => t is not null);
            return type?.GetMethods()
                .FirstOrDefault(m => m.Name == methodName && m.GetCustomAttribute<FunctionAttribute>() is not null);
        });

    public static T? Policy<T>(FunctionDefinition definition) where T : Attribute =>
        Of(definition) is { } method ? PolicyOf<T>(method) : null;

    /// <summary>
    /// The method's own policy, else its class's: a feature class states its policy once. A method with a
    /// policy of its own (operator or staff) takes none from its class, so the two never add up.
    /// </summary>
    public static T? PolicyOf<T>(MethodInfo method) where T : Attribute =>
        HasOwnPolicy(method) ? method.GetCustomAttribute<T>() : method.DeclaringType?.GetCustomAttribute<T>();

    private static bool HasOwnPolicy(MethodInfo method) =>
        method.GetCustomAttribute<OperatorOnlyAttribute>() is not null
        || method.GetCustomAttribute<StaffOnlyAttribute>() is not null;
}
