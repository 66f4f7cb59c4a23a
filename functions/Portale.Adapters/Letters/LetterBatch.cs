using Azure;
using Portale.Adapters.Feed;

namespace Portale.Adapters.Letters;

/// <summary>
/// One entity group transaction in a company's partition: letter rows plus the net change of every
/// section counter they touch and the change feed's items they make (numbered at submission, after the
/// company's last number, which the same transaction advances), kept within the 100-entity limit by
/// <see cref="Fits"/>.
/// </summary>
public sealed class LetterBatch
{
    public const int MaxEntities = 100;

    private readonly List<TableTransactionAction> actions = [];
    private readonly Dictionary<string, int> counterDeltas = new(StringComparer.Ordinal);
    private readonly List<ChangeItem> feed = [];

    public int Letters { get; private set; }

    /// <summary>Whether the feed numbers were advanced: the company's feed has new items to pump.</summary>
    public bool HasFeedItems => feed.Count > 0;

    public bool Fits(int rows, IEnumerable<string> counters, int feedItems = 0) =>
        actions.Count + rows + counterDeltas.Keys.Union(counters).Count() + FeedEntities(feed.Count + feedItems)
            <= MaxEntities;

    public void Add(
        IEnumerable<TableTransactionAction> rows, IEnumerable<(string Key, int Delta)> counters,
        IEnumerable<ChangeItem>? feedItems = null)
    {
        actions.AddRange(rows);
        foreach (var (key, delta) in counters)
        {
            counterDeltas[key] = counterDeltas.GetValueOrDefault(key) + delta;
        }
        feed.AddRange(feedItems ?? []);
        Letters++;
    }

    /// <summary>
    /// Reads the counters' current values and the feed's last number with their ETags, then submits
    /// everything at once: a concurrent writer of any of them makes the whole transaction fail (412/409).
    /// </summary>
    public async Task SubmitAsync(TableClient table, string companyId, CancellationToken cancellationToken)
    {
        var all = new List<TableTransactionAction>(actions);
        var changed = counterDeltas.Where(c => c.Value != 0).ToList();
        var sequenceTask = feed.Count > 0
            ? table.FindAsync(companyId, FeedRows.CompanySequence, cancellationToken)
            : Task.FromResult<TableEntity?>(null);
        var current = await Task.WhenAll(changed.Select(c => table.FindAsync(companyId, c.Key, cancellationToken)));
        for (var i = 0; i < changed.Count; i++)
        {
            var (key, delta) = (changed[i].Key, changed[i].Value);
            if (current[i] is { } row)
            {
                row["Count"] = (row.GetInt32("Count") ?? 0) + delta;
                all.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, row.ETag));
            }
            else
            {
                all.Add(new TableTransactionAction(TableTransactionActionType.Add, CounterRow(companyId, key, delta)));
            }
        }
        if (feed.Count > 0)
        {
            var sequence = await sequenceTask;
            var number = FeedRows.ValueOf(sequence);
            foreach (var item in feed)
            {
                number++;
                all.Add(new TableTransactionAction(TableTransactionActionType.Add,
                    FeedRows.Item(companyId, FeedRows.CompanyItem(number), item with { Sequence = number })));
            }
            all.Add(FeedRows.Advance(sequence, companyId, FeedRows.CompanySequence, number));
        }
        if (all.Count > 0)
        {
            await table.SubmitTransactionAsync(all, cancellationToken);
        }
    }

    private static int FeedEntities(int items) => items == 0 ? 0 : items + 1;

    private static TableEntity CounterRow(string companyId, string key, int count)
    {
        // c_{section}_{offline}_{to|cc}_{service}: the last two parts let counts be filtered like the list.
        if (!key.StartsWith("c_", StringComparison.Ordinal))
        {
            return TableRows.Of(companyId, key, new { Count = count });
        }
        var parts = key.Split('_');
        return TableRows.Of(companyId, key, new { Count = count, Recipient = parts[^2], ServiceType = parts[^1] });
    }

    public static TableTransactionAction Delete(string companyId, string rowKey) =>
        new(TableTransactionActionType.Delete, new TableEntity(companyId, rowKey), ETag.All);
}
