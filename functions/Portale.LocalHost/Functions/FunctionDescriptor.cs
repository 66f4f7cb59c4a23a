namespace Portale.LocalHost.Functions;

/// <summary>One function of the app, as its attributes describe it.</summary>
public sealed record FunctionDescriptor(
    string Name,
    Type ClassType,
    MethodInfo Method,
    TriggerKind Kind,
    ParameterInfo TriggerParameter,
    Attribute TriggerAttribute)
{
    public string EntryPoint => $"{ClassType.FullName}.{Method.Name}";
}
