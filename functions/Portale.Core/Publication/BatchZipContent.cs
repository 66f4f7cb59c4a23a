namespace Portale.Core.Publication;

/// <summary>A batch ZIP's manifest (JSON text) and its PDFs by entry name.</summary>
public sealed record BatchZipContent(string Manifest, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Files);
