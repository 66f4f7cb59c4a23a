using Portale.Adapters.Publication;

namespace Portale.Adapters.Reminders;

/// <summary>
/// Staged reminders in table <c>stagedletters</c> (no new table): partition <c>reminder-pending</c> holds
/// what the next nightly loading publishes, <c>reminder-published</c> what it did. The letters' own
/// partitions (<c>pending</c>, <c>published</c>) are never read here, nor these by the letters.
/// The pending partition also holds each letter's reminder slots (<c>~slot_{letter}_{n}</c>).
/// </summary>
public sealed class TableStagedReminders(StorageClients clients)
    : TableStagedDocuments<StagedReminder>(clients, "reminder-pending", "reminder-published"), IStagedReminders
{
    // Slot rows share the pending partition (one batch with the reminder) and sort after every S- name.
    private const string SlotPrefix = "~slot_";

    protected override string PendingFilter =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Pending} and RowKey lt {SlotPrefix}");

    public async Task<IReadOnlyList<LetterReminder>> ForLetterAsync(
        string letterName, CancellationToken cancellationToken)
    {
        // A reminder carries its letter's year and case number, so the names to look at share the
        // prefix S-P-YY-NNNNNNN_: a key range in each partition, then the exact letter.
        var prefix = "S" + letterName[1..letterName.IndexOf('_', StringComparison.Ordinal)] + "_";
        var end = prefix[..^1] + "`";
        var found = new List<LetterReminder>();
        foreach (var partition in new[] { Pending, Published })
        {
            var filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {end} and Letter eq {letterName}");
            await foreach (var e in Table.QueryAsync<TableEntity>(
                filter, select: ["RowKey", "StagedAt", "PublishedAt", "StagedBy"], cancellationToken: cancellationToken))
            {
                found.Add(new LetterReminder(
                    e.RowKey, e.GetDateTimeOffset("PublishedAt") ?? e.GetDateTimeOffset("StagedAt") ?? default,
                    partition == Published, e.GetString("StagedBy") ?? string.Empty));
            }
        }
        // A reminder published between the two reads is seen twice: once is enough.
        return found.GroupBy(r => r.Name).Select(g => g.OrderByDescending(r => r.IsPublished).First())
            .OrderBy(r => r.At).ToList();
    }

    public async Task<StagingOutcome> TryAddAsync(
        StagedReminder reminder, int limit, CancellationToken cancellationToken)
    {
        for (var slot = 1; slot <= limit; slot++)
        {
            var outcome = await TryAddInSlotAsync(reminder, slot, cancellationToken);
            if (outcome != StagingOutcome.LimitReached)
            {
                return outcome;
            }
        }
        return StagingOutcome.LimitReached;
    }

    public async Task<StagingOutcome> TryAddInSlotAsync(
        StagedReminder reminder, int slot, CancellationToken cancellationToken)
    {
        if (await Table.ExistsAsync(Published, reminder.Name, cancellationToken))
        {
            return StagingOutcome.NameTaken;
        }
        // The letter's n-th reminder takes slot n in the same batch as its row: two concurrent stagings
        // cannot take one slot, so the limit holds without a lock. Slots are never freed.
        try
        {
            await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add,
                    new TableEntity(Pending, SlotKey(reminder.LetterName, slot)) { ["Reminder"] = reminder.Name }),
                new TableTransactionAction(TableTransactionActionType.Add, ToEntity(reminder, Pending)),
            ], cancellationToken);
            return StagingOutcome.Added;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            var nameTaken = ex.FailedTransactionActionIndex is { } index
                ? index == 1
                : await Table.ExistsAsync(Pending, reminder.Name, cancellationToken);
            return nameTaken ? StagingOutcome.NameTaken : StagingOutcome.LimitReached;
        }
    }

    /// <summary>
    /// A withdrawn sollecito gives back the slot it took, so withdrawing and staging again does not use up
    /// its letter's limit.
    /// </summary>
    protected override async Task<IReadOnlyList<TableTransactionAction>> WithdrawalActions(
        StagedReminder reminder, CancellationToken cancellationToken)
    {
        var (first, end) = ($"{SlotPrefix}{reminder.LetterName}_", $"{SlotPrefix}{reminder.LetterName}`");
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Pending} and RowKey gt {first} and RowKey lt {end} and Reminder eq {reminder.Name}");
        var slots = new List<TableTransactionAction>();
        await foreach (var slot in Table.QueryAsync<TableEntity>(
            filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            slots.Add(new TableTransactionAction(TableTransactionActionType.Delete, slot, slot.ETag));
        }
        return slots;
    }

    private static string SlotKey(string letterName, int slot) => $"{SlotPrefix}{letterName}_{slot}";

    protected override TableEntity ToEntity(StagedReminder r, string partition) => TableRows.Of(partition, r.Name, new
    {
        Letter = r.LetterName, r.To, r.Hash, r.StagedAt, r.StagedBy,
    });

    protected override StagedReminder FromEntity(TableEntity e) => new(
        e.RowKey, e.GetString("Letter"), e.GetString("To"), e.GetString("Hash"),
        e.GetDateTimeOffset("StagedAt") ?? default,
        e.GetString("StagedBy"));
}
