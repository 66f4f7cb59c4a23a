namespace Portale.Core.Letters;

/// <summary>Letters read in index order, and the storage key to continue after (null at the end).</summary>
public sealed record KeyedPage(IReadOnlyList<Letter> Items, string? After);
