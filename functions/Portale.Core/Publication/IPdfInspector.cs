namespace Portale.Core.Publication;

/// <summary>Tells a real, readable PDF from anything else.</summary>
public interface IPdfInspector
{
    bool IsPdf(ReadOnlyMemory<byte> content);
}
