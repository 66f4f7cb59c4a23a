using Azure;
using Portale.Adapters.Letters;

namespace Portale.Adapters.Reminders;

/// <summary>
/// Reminders in table <c>companyletters</c>, in the company's partition next to its letters: main row
/// <c>r_{name}</c>, index row <c>rs_{newest-first ticks}_{name}</c> and counters <c>rc_all</c> and
/// <c>rc_new</c> (not downloaded yet). Rows and counters change together in one batch
/// (<see cref="LetterBatch"/>); none of these keys falls in a letter key range (<c>l_</c>, <c>s_</c>, <c>c_</c>).
/// </summary>
public sealed class TableReminderStore(StorageClients clients, TableCompanyDashboards dashboards)
    : TableAdapter(clients, StorageNames.CompanyLettersTable), IReminderStore
{
    private const string IndexPrefix = "rs_";
    internal const string AllCounter = "rc_all";
    private const string NewCounter = "rc_new";

    private PublishedRows<Reminder> Publication => new(
        r => r.CompanyId,
        r => [Add(r, Main(r.Name)), Add(r, Index(r)), Add(r, Published(r))],
        _ => [(AllCounter, 1), (NewCounter, 1)],
        async (company, r, ct) => await FindAsync(company, r.Name, ct) is not null);

    public static string Main(string name) => $"r_{name}";

    public static string Index(Reminder r) => $"{IndexPrefix}{LetterKeys.NewestFirst(r.PublishedAt)}_{r.Name}";

    /// <summary>The day's activity row of a published sollecito (see <see cref="LetterKeys"/>).</summary>
    public static string Published(Reminder r) =>
        $"{LetterKeys.ActivityPrefix(DateOnly.FromDateTime(RomeTime.ToRome(r.PublishedAt).DateTime))}s_{r.Name}";

    public async Task<Reminder?> FindAsync(string companyId, string name, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId) || !TableKeys.IsSafe(name))
        {
            return null;
        }
        return await Table.FindAsync(companyId, Main(name.ToUpperInvariant()), cancellationToken) is { } e
            ? FromEntity(e)
            : null;
    }

    public async Task<KeyedPage<Reminder>> ReadNewestFirstAsync(
        string companyId, string? after, int take, CancellationToken cancellationToken)
    {
        if (after is not null && (!after.StartsWith(IndexPrefix, StringComparison.Ordinal) || !TableKeys.IsSafe(after)))
        {
            return new KeyedPage<Reminder>([], null);
        }
        var (from, to) = (after ?? IndexPrefix, LetterKeys.End(IndexPrefix));
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey gt {from} and RowKey lt {to}");
        return await KeyedQuery.PageAsync(Table, filter, take, FromEntity, cancellationToken);
    }

    public async Task<int> CountAsync(string companyId, bool onlyNew, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId))
        {
            return 0;
        }
        var counter = await Table.FindAsync(companyId, onlyNew ? NewCounter : AllCounter, cancellationToken, ["Count"]);
        return counter?.GetInt32("Count") ?? 0;
    }

    public async Task PublishAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        await BatchPublisher.PublishAsync(Table, reminders, Publication, cancellationToken);
        foreach (var company in reminders.Select(r => r.CompanyId).Distinct())
        {
            await dashboards.TryRefreshAsync(company, cancellationToken);
        }
    }

    public async Task UpdateAsync(Reminder before, Reminder after, CancellationToken cancellationToken)
    {
        var batch = new LetterBatch();
        var version = before.Version is { } v ? new ETag(v) : throw new InvalidOperationException("Reminder " +
            $"{before.Name} was not read from storage.");
        batch.Add(
        [
            // The main row's ETag guards the whole change: index and counter follow it.
            new TableTransactionAction(
                TableTransactionActionType.UpdateReplace, ToEntity(after, Main(after.Name)), version),
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

    private static TableTransactionAction Add(Reminder reminder, string rowKey) =>
        new(TableTransactionActionType.Add, ToEntity(reminder, rowKey));

    private static TableEntity ToEntity(Reminder r, string rowKey) => TableRows.Of(r.CompanyId, rowKey, new
    {
        r.Name, Letter = r.LetterName, r.PublishedAt, r.Hash, r.DownloadedAt, r.DownloadedBy,
    });

    private static Reminder FromEntity(TableEntity e) =>
        new(
            e.PartitionKey, e.GetString("Name"), e.GetString("Letter"), e.GetDateTimeOffset("PublishedAt") ?? default,
            e.GetString("Hash"))
        {
            DownloadedAt = e.GetDateTimeOffset("DownloadedAt"),
            DownloadedBy = e.GetString("DownloadedBy"),
            Version = e.ETag == default ? null : e.ETag.ToString(),
        };
}
