using Azure;

namespace Portale.Adapters.Letters;

/// <summary>
/// One entity group transaction in a company's partition: letter rows plus the net change of every
/// section counter they touch, kept within the 100-entity limit by <see cref="Fits"/>.
/// </summary>
public sealed class LetterBatch
{
    public const int MaxEntities = 100;

    private readonly List<TableTransactionAction> actions = [];
    private readonly Dictionary<string, int> counterDeltas = new(StringComparer.Ordinal);

    public int Letters { get; private set; }

    public bool Fits(int rows, IEnumerable<string> counters) =>
        actions.Count + rows + counterDeltas.Keys.Union(counters).Count() <= MaxEntities;

    public void Add(IEnumerable<TableTransactionAction> rows, IEnumerable<(string Key, int Delta)> counters)
    {
        actions.AddRange(rows);
        foreach (var (key, delta) in counters)
        {
            counterDeltas[key] = counterDeltas.GetValueOrDefault(key) + delta;
        }
        Letters++;
    }

    /// <summary>Reads the counters' current values and ETags, then submits everything at once.</summary>
    public async Task SubmitAsync(TableClient table, string companyId, CancellationToken cancellationToken)
    {
        var all = new List<TableTransactionAction>(actions);
        var changed = counterDeltas.Where(c => c.Value != 0).ToList();
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
        if (all.Count > 0)
        {
            await table.SubmitTransactionAsync(all, cancellationToken);
        }
    }

    private static TableEntity CounterRow(string companyId, string key, int count)
    {
        // c_{section}_{offline}_{to|cc}_{service}: the last two parts let counts be filtered like the list.
        var parts = key.Split('_');
        return TableRows.Of(companyId, key, new { Count = count, Recipient = parts[^2], ServiceType = parts[^1] });
    }

    public static TableTransactionAction Delete(string companyId, string rowKey) =>
        new(TableTransactionActionType.Delete, new TableEntity(companyId, rowKey), ETag.All);
}
