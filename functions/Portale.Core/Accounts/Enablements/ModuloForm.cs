namespace Portale.Core.Accounts.Enablements;

/// <summary>
/// The signed modulo as received: its file name and bytes (null when the part is missing; one byte over
/// <see cref="EnablementModuli.MaxBytes"/> when larger), and the staff's optional note.
/// </summary>
public sealed record ModuloForm(string? FileName, ReadOnlyMemory<byte>? Content, string? Note);
