namespace Portale.Core.Publication;

/// <summary>
/// One entry of a batch: the PDF's name as the manifest gives it, its bytes (null when no part or ZIP entry
/// carries it) and the letter's fields (null when the entry's JSON did not have their shape, with the reason
/// in <paramref name="Unreadable"/>).
/// </summary>
public sealed record BatchLetter(
    string? File, ReadOnlyMemory<byte>? Content, StagingRequest? Fields, RefusalException? Unreadable = null);
