using System.Text.Json;
using Azure;

namespace Portale.Adapters.Jobs;

/// <summary>
/// The job log in table <c>jobs</c>, partition <c>log</c>: each run is written twice in one batch, as
/// <c>r_{newest-first ticks}_{id}</c> (every job) and <c>j_{job}_{newest-first ticks}_{id}</c> (its own
/// job's list), with the counters <c>n_all</c> and <c>n_{job}</c> (guarded by their ETags, retried).
/// </summary>
public sealed class TableJobLog(StorageClients clients) : TableAdapter(clients, StorageNames.JobsTable), IJobLog
{
    private const string Partition = "log";
    private const string AllPrefix = "r_";

    public Task AddAsync(JobRun run, CancellationToken cancellationToken)
    {
        var id = $"{Letters.LetterKeys.NewestFirst(run.FinishedAt)}_{Guid.NewGuid():N}";
        return OptimisticRetry.RunAsync(async () =>
        {
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.Add, ToEntity(run, AllPrefix + id)),
                new(TableTransactionActionType.Add, ToEntity(run, JobPrefix(run.Job) + id)),
            };
            foreach (var counter in new[] { Counter(null), Counter(run.Job) })
            {
                actions.Add(await IncrementAsync(counter, cancellationToken));
            }
            try
            {
                await Table.SubmitTransactionAsync(actions, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
            {
                throw new ConcurrencyConflictException("A job log counter changed meanwhile.", ex);
            }
            return true;
        }, cancellationToken);
    }

    public async Task<KeyedPage<JobRun>> ReadNewestFirstAsync(
        string? job, string? after, int take, CancellationToken cancellationToken)
    {
        var prefix = job is null ? AllPrefix : JobPrefix(job);
        if (after is not null && (!after.StartsWith(prefix, StringComparison.Ordinal) || !TableKeys.IsSafe(after)))
        {
            return new KeyedPage<JobRun>([], null);
        }
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {Partition} and RowKey gt {after ?? prefix} and RowKey lt {Letters.LetterKeys.End(prefix)}");
        return await KeyedQuery.PageAsync(Table, filter, take, FromEntity, cancellationToken);
    }

    public async Task<int> CountAsync(string? job, CancellationToken cancellationToken) =>
        (await Table.FindAsync(Partition, Counter(job), cancellationToken, ["Count"]))?.GetInt32("Count") ?? 0;

    private async Task<TableTransactionAction> IncrementAsync(string counter, CancellationToken cancellationToken)
    {
        var current = await Table.FindAsync(Partition, counter, cancellationToken);
        var row = new TableEntity(Partition, counter) { ["Count"] = (current?.GetInt32("Count") ?? 0) + 1 };
        return current is null
            ? new TableTransactionAction(TableTransactionActionType.Add, row)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, current.ETag);
    }

    private static string JobPrefix(string job) => $"j_{job}_";

    private static string Counter(string? job) => job is null ? "n_all" : $"n_{job}";

    private static TableEntity ToEntity(JobRun run, string rowKey) => TableRows.Of(Partition, rowKey, new
    {
        run.Job,
        Day = run.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        run.StartedAt,
        run.FinishedAt,
        Status = run.Status.ToString(),
        Counts = JsonSerializer.Serialize(run.Counts),
        run.Note,
    });

    private static JobRun FromEntity(TableEntity e) => new(
        e.GetString("Job"),
        e.GetString("Day") is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        e.GetDateTimeOffset("StartedAt") ?? default,
        e.GetDateTimeOffset("FinishedAt") ?? default,
        Enum.Parse<JobStatus>(e.GetString("Status")),
        JsonSerializer.Deserialize<Dictionary<string, int>>(e.GetString("Counts") ?? "{}") ?? [],
        e.GetString("Note"));
}
