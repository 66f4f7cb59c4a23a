namespace Portale.Core.Feed;

/// <summary>
/// Narrows a feed: to some kinds, one sector (letters of that sector: communications have none, so a
/// sector leaves them out), and a time range on <see cref="ChangeItem.At"/> (<see cref="From"/> included,
/// <see cref="Until"/> excluded). In the all-companies feed, also to one company.
/// </summary>
public sealed record ChangeFilter(
    IReadOnlyList<ChangeKind> Kinds, Sector? Sector, DateTimeOffset? From, DateTimeOffset? Until)
{
    public static ChangeFilter None { get; } = new([], null, null, null);

    /// <summary>Whether every item passes: numbers have no gaps, so a window of n numbers holds n items.</summary>
    public bool IsNone => Kinds.Count == 0 && Sector is null && From is null && Until is null;

    public string Fingerprint =>
        $"{string.Join(',', Kinds.Order())}|{Sector}|{From?.UtcTicks}|{Until?.UtcTicks}";
}
