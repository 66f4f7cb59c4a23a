namespace Portale.Core.Letters;

/// <summary>A letter as read (with its version) and as it should become.</summary>
public sealed record LetterChange(Letter Before, Letter After);
