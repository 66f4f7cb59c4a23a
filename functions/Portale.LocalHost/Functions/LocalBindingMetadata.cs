namespace Portale.LocalHost.Functions;

/// <summary>A binding of a <see cref="LocalFunctionDefinition"/>: what the worker middleware asks about.</summary>
internal sealed class LocalBindingMetadata(string name, string type, BindingDirection direction) : BindingMetadata
{
    public override string Name => name;

    public override string Type => type;

    public override BindingDirection Direction => direction;
}
