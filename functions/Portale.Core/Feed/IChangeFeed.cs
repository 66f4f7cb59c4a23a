namespace Portale.Core.Feed;

/// <summary>
/// The change feed. Each company's items are numbered 1, 2, 3… in the order they were recorded, the
/// number taken in the same storage transaction as the change itself (a letter's download, answer or
/// proroga) or as the item (a communication), so the items committed are always exactly 1…head, with no
/// gap a reader could pass before it fills. The all-companies feed numbers them again, company by company,
/// in the order they are moved there (<see cref="PumpAsync"/>), with the same property.
/// </summary>
public interface IChangeFeed
{
    /// <summary>Records an item that is not a letter's change (a communication), once per <see cref="ChangeItem.Key"/>.</summary>
    Task RecordAsync(ChangeItem item, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the company's items not yet in the all-companies feed there, oldest first; safe to run
    /// many times and on many instances at once (each item goes once).
    /// </summary>
    Task PumpAsync(string companyId, CancellationToken cancellationToken);

    /// <summary>The number of the newest item of a company's feed, or of the all-companies feed (null).</summary>
    Task<long> HeadAsync(string? companyId, CancellationToken cancellationToken);

    /// <summary>How far the all-companies feed has taken each company's items (company id → its sequence).</summary>
    Task<IReadOnlyDictionary<string, long>> PumpedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The items numbered <paramref name="from"/> to <paramref name="to"/> (both included) of a company's
    /// feed, or of the all-companies feed (null), that match the filter, in ascending order.
    /// </summary>
    Task<IReadOnlyList<ChangeItem>> ReadAsync(
        string? companyId, long from, long to, ChangeFilter filter, CancellationToken cancellationToken);
}
