namespace Portale.Core.Letters.Search;

/// <summary>
/// A letter the search store returned, with its <see cref="Position"/> in the search's order (newest first,
/// then by name): opaque, ordered as the letters are, and where a later page starts after.
/// </summary>
public sealed record LetterSearchCandidate(Letter Letter, string Position);
