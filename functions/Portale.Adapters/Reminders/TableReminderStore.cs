using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Portale.Adapters.Letters;
using Portale.Adapters.Storage;
using Portale.Core.Concurrency;
using Portale.Core.Letters;
using Portale.Core.Paging;
using Portale.Core.Reminders;
using Portale.Core.Time;

namespace Portale.Adapters.Reminders;

/// <summary>
/// Reminders in table <c>companyletters</c>, in the company's partition next to its letters: main row
/// <c>r_{name}</c>, index row <c>rs_{newest-first ticks}_{name}</c> and counters <c>rc_all</c> and
/// <c>rc_new</c> (not downloaded yet). Rows and counters change together in one batch
/// (<see cref="LetterBatch"/>); none of these keys falls in a letter key range (<c>l_</c>, <c>s_</c>, <c>c_</c>).
/// </summary>
public sealed class TableReminderStore(StorageClients clients) : IReminderStore
{
    private const string IndexPrefix = "rs_";
    private const string AllCounter = "rc_all";
    private const string NewCounter = "rc_new";

    private TableClient Table => clients.Table(StorageNames.CompanyLettersTable);

    public static string Main(string name) => $"r_{name}";

    public static string Index(Reminder r) =>
        $"{IndexPrefix}{(DateTimeOffset.MaxValue.UtcTicks - r.PublishedAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}_{r.Name}";

    /// <summary>The day's activity row of a published sollecito (see <see cref="LetterKeys"/>).</summary>
    public static string Published(Reminder r) =>
        $"{LetterKeys.ActivityPrefix(DateOnly.FromDateTime(RomeTime.ToRome(r.PublishedAt).DateTime))}s_{r.Name}";

    public async Task<Reminder?> FindAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId) || !TableKeys.IsSafe(name))
        {
            return null;
        }
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(companyId, Main(name.ToUpperInvariant()), cancellationToken: cancellationToken);
        return found.HasValue ? FromEntity(found.Value!) : null;
    }

    public async Task<KeyedPage<Reminder>> ReadNewestFirstAsync(string companyId, string? after, int take, CancellationToken cancellationToken)
    {
        if (after is not null && (!after.StartsWith(IndexPrefix, StringComparison.Ordinal) || !TableKeys.IsSafe(after)))
        {
            return new KeyedPage<Reminder>([], null);
        }
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey gt {after ?? IndexPrefix} and RowKey lt {LetterKeys.End(IndexPrefix)}");
        var items = new List<Reminder>(take + 1);
        string? lastKey = null;
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, maxPerPage: take + 1, cancellationToken: cancellationToken))
        {
            if (items.Count == take)
            {
                return new KeyedPage<Reminder>(items, lastKey);
            }
            items.Add(FromEntity(e));
            lastKey = e.RowKey;
        }
        return new KeyedPage<Reminder>(items, null);
    }

    public async Task<int> CountAsync(string companyId, bool onlyNew, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId))
        {
            return 0;
        }
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(companyId, onlyNew ? NewCounter : AllCounter, select: ["Count"], cancellationToken: cancellationToken);
        return found.HasValue ? found.Value!.GetInt32("Count") ?? 0 : 0;
    }

    public async Task PublishAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        foreach (var company in reminders.GroupBy(r => r.CompanyId))
        {
            var batch = new LetterBatch();
            var inBatch = new List<Reminder>();
            foreach (var reminder in company)
            {
                var counters = new[] { (AllCounter, 1), (NewCounter, 1) };
                if (!batch.Fits(3, counters.Select(c => c.Item1)))
                {
                    await SubmitPublicationAsync(company.Key, batch, inBatch, cancellationToken);
                    (batch, inBatch) = (new LetterBatch(), []);
                }
                batch.Add(
                [
                    new TableTransactionAction(TableTransactionActionType.Add, ToEntity(reminder, Main(reminder.Name))),
                    new TableTransactionAction(TableTransactionActionType.Add, ToEntity(reminder, Index(reminder))),
                    new TableTransactionAction(TableTransactionActionType.Add, ToEntity(reminder, Published(reminder))),
                ], counters);
                inBatch.Add(reminder);
            }
            await SubmitPublicationAsync(company.Key, batch, inBatch, cancellationToken);
        }
    }

    public async Task UpdateAsync(Reminder before, Reminder after, CancellationToken cancellationToken)
    {
        var batch = new LetterBatch();
        var version = before.Version is { } v ? new ETag(v) : throw new InvalidOperationException($"Reminder {before.Name} was not read from storage.");
        batch.Add(
        [
            // The main row's ETag guards the whole change: index and counter follow it.
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(after, Main(after.Name)), version),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(after, Index(after))),
        ], before.IsNew == after.IsNew ? [] : [(NewCounter, after.IsNew ? 1 : -1)]);
        try
        {
            await batch.SubmitAsync(Table, before.CompanyId, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            throw new ConcurrencyConflictException("A reminder or its counter changed meanwhile.", ex);
        }
    }

    /// <summary>As for letters: a reminder already there (a re-run after a crash) is skipped; counter races retry.</summary>
    private async Task SubmitPublicationAsync(string companyId, LetterBatch batch, List<Reminder> reminders, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await batch.SubmitAsync(Table, companyId, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                if (ex.Status == 409 && reminders.Count > 1)
                {
                    foreach (var reminder in reminders)
                    {
                        if (await FindAsync(companyId, reminder.Name, cancellationToken) is null)
                        {
                            await PublishAsync([reminder], cancellationToken);
                        }
                    }
                    return;
                }
                if (ex.Status == 409 && await FindAsync(companyId, reminders[0].Name, cancellationToken) is not null)
                {
                    return;
                }
                if (attempt >= 5)
                {
                    throw;
                }
            }
        }
    }

    private static TableEntity ToEntity(Reminder r, string rowKey) => new(r.CompanyId, rowKey)
    {
        ["Name"] = r.Name,
        ["Letter"] = r.LetterName,
        ["PublishedAt"] = r.PublishedAt,
        ["Hash"] = r.Hash,
        ["DownloadedAt"] = r.DownloadedAt,
        ["DownloadedBy"] = r.DownloadedBy,
    };

    private static Reminder FromEntity(TableEntity e) =>
        new(e.PartitionKey, e.GetString("Name"), e.GetString("Letter"), e.GetDateTimeOffset("PublishedAt") ?? default, e.GetString("Hash"))
        {
            DownloadedAt = e.GetDateTimeOffset("DownloadedAt"),
            DownloadedBy = e.GetString("DownloadedBy"),
            Version = e.ETag == default ? null : e.ETag.ToString(),
        };
}
