namespace Portale.Core.Letters;

/// <summary>One page of a section list: <c>{ items, nextCursor, total }</c>.</summary>
public sealed record LetterPage(IReadOnlyList<Letter> Items, string? NextCursor, int Total);
