using System.Collections.Immutable;

namespace Portale.LocalHost.Functions;

internal sealed class LocalFunctionDefinition(FunctionDescriptor descriptor) : FunctionDefinition
{
    public override ImmutableArray<FunctionParameter> Parameters { get; } =
        [.. descriptor.Method.GetParameters().Select(p => new FunctionParameter(p.Name!, p.ParameterType))];

    public override string PathToAssembly => descriptor.ClassType.Assembly.Location;

    public override string EntryPoint => descriptor.EntryPoint;

    public override string Id => descriptor.Name;

    public override string Name => descriptor.Name;

    public override IImmutableDictionary<string, BindingMetadata> InputBindings { get; } =
        ImmutableDictionary<string, BindingMetadata>.Empty.Add(
            descriptor.TriggerParameter.Name!,
            new LocalBindingMetadata(descriptor.TriggerParameter.Name!, TypeOf(descriptor.Kind), BindingDirection.In));

    public override IImmutableDictionary<string, BindingMetadata> OutputBindings { get; } =
        ImmutableDictionary<string, BindingMetadata>.Empty;

    private static string TypeOf(TriggerKind kind) => kind switch
    {
        TriggerKind.Http => "httpTrigger",
        TriggerKind.Timer => "timerTrigger",
        _ => "blobTrigger",
    };
}
