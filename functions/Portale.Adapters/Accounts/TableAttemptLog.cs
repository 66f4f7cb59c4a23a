using System.Security.Cryptography;
using System.Text;

namespace Portale.Adapters.Accounts;

/// <summary>
/// Attempts as rows: PartitionKey = hash of the key (a username or an address, never stored in
/// clear), RowKey = ticks of the attempt + a random suffix; a window count is one range query.
/// </summary>
public sealed class TableAttemptLog(StorageClients clients)
    : TableAdapter(clients, StorageNames.SignInAttemptsTable), IAttemptLog
{
    public async Task<string> RecordAsync(string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = Ticks(at) + "-" + Guid.NewGuid().ToString("N");
        await Table.AddEntityAsync(new TableEntity(Partition(key), id), cancellationToken);
        return id;
    }

    public Task DeleteAsync(string key, string attemptId, CancellationToken cancellationToken) =>
        Table.DeleteIfExistsAsync(Partition(key), attemptId, cancellationToken);

    public async Task<int> CountSinceAsync(string key, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var partition = Partition(key);
        var from = Ticks(since);
        var count = 0;
        await foreach (var _ in Table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0, select: ["RowKey"],
            cancellationToken: cancellationToken))
        {
            count++;
        }
        return count;
    }

    /// <summary>Row keys begin with the attempt's ticks: one range over every partition.</summary>
    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Table.DeleteWhereAsync(TableClient.CreateQueryFilter($"RowKey lt {Ticks(before)}"), cancellationToken);

    private static string Partition(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
