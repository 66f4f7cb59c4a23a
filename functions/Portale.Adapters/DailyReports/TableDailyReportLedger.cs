using Azure;

namespace Portale.Adapters.DailyReports;

/// <summary>
/// Table <c>jobs</c>, partition <c>daily-pec-report-{yyyy-MM-dd}</c>, one row per company: Status sending or sent.
/// </summary>
public sealed class TableDailyReportLedger(StorageClients clients)
    : TableAdapter(clients, StorageNames.JobsTable), IDailyReportLedger
{
    private const string Sending = "sending";
    private const string Sent = "sent";

    public async Task<bool> TryClaimAsync(
        string companyId, DateOnly day, DateTimeOffset now, DateTimeOffset staleBefore,
        CancellationToken cancellationToken)
    {
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(
            Partition(day), companyId, cancellationToken: cancellationToken);
        try
        {
            if (!existing.HasValue)
            {
                await Table.AddEntityAsync(Claim(day, companyId, now), cancellationToken);
                return true;
            }
            var row = existing.Value!;
            if (row.GetString("Status") == Sent || (row.GetDateTimeOffset("ClaimedAt") ?? default) >= staleBefore)
            {
                return false;
            }
            await Table.UpdateEntityAsync(
                Claim(day, companyId, now), row.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false; // another run claimed it first
        }
    }

    public Task MarkSentAsync(string companyId, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(Partition(day), companyId) { ["Status"] = Sent, ["SentAt"] = at }, TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>Gives the company's claim back (nothing to do when there is none).</summary>
    public Task ReleaseAsync(string companyId, DateOnly day, CancellationToken cancellationToken) =>
        Table.DeleteIfExistsAsync(Partition(day), companyId, cancellationToken);

    private static TableEntity Claim(DateOnly day, string companyId, DateTimeOffset now) =>
        new(Partition(day), companyId) { ["Status"] = Sending, ["ClaimedAt"] = now };

    private static string Partition(DateOnly day) =>
        $"daily-pec-report-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
