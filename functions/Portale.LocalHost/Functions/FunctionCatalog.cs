namespace Portale.LocalHost.Functions;

/// <summary>Every function found in the given assemblies by its [Function] and trigger attributes.</summary>
public sealed class FunctionCatalog
{
    public FunctionCatalog(IEnumerable<Assembly> assemblies)
    {
        Functions = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Select(Describe)
            .OfType<FunctionDescriptor>()
            .ToList();
        var duplicate = Functions
            .GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two functions are named '{duplicate.Key}'.");
        }
    }

    public IReadOnlyList<FunctionDescriptor> Functions { get; }

    public FunctionDescriptor? Find(string name) =>
        Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<FunctionDescriptor> OfKind(TriggerKind kind) => Functions.Where(f => f.Kind == kind);

    private static FunctionDescriptor? Describe(MethodInfo method)
    {
        var function = method.GetCustomAttribute<FunctionAttribute>();
        if (function is null)
        {
            return null;
        }
        foreach (var parameter in method.GetParameters())
        {
            var (kind, attribute) = TriggerOf(parameter);
            if (attribute is not null)
            {
                return new FunctionDescriptor(function.Name, method.DeclaringType!, method, kind, parameter, attribute);
            }
        }
        throw new InvalidOperationException(
            $"Function '{function.Name}' has a trigger the local host does not support.");
    }

    private static (TriggerKind, Attribute?) TriggerOf(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<HttpTriggerAttribute>() is { } http ? (TriggerKind.Http, http)
        : parameter.GetCustomAttribute<TimerTriggerAttribute>() is { } timer ? (TriggerKind.Timer, timer)
        : parameter.GetCustomAttribute<BlobTriggerAttribute>() is { } blob ? (TriggerKind.Blob, blob)
        : (default, null);
}
