using Azure;

namespace Portale.Adapters.DailyReports;

/// <summary>
/// Table <c>jobs</c>, partition <c>daily-pec-report-{yyyy-MM-dd}</c>, one row per company: Status sending
/// (ClaimedAt) or sent, with what went out (To, SentAt, Subject, AttachmentName, AttachmentHash,
/// MessageId, ServerReply).
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
        var existing = await Table.FindAsync(Partition(day), companyId, cancellationToken);
        try
        {
            if (existing is null)
            {
                await Table.AddEntityAsync(Claim(day, companyId, now), cancellationToken);
                return true;
            }
            if (existing.GetString("Status") == Sent || (existing.GetDateTimeOffset("ClaimedAt") ?? default) >= staleBefore)
            {
                return false;
            }
            await Table.UpdateEntityAsync(
                Claim(day, companyId, now), existing.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false; // another run claimed it first
        }
    }

    public async Task MarkSentAsync(
        string companyId, DateOnly day, DailyReportDelivery delivery, CancellationToken cancellationToken)
    {
        var claimedAt = (await Table.FindAsync(Partition(day), companyId, cancellationToken))?.GetDateTimeOffset("ClaimedAt");
        await Table.UpsertEntityAsync(TableRows.Of(Partition(day), companyId, new
        {
            Status = Sent, ClaimedAt = claimedAt, delivery.To, delivery.SentAt, delivery.Subject,
            delivery.AttachmentName, delivery.AttachmentHash, delivery.MessageId, delivery.ServerReply,
        }), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Gives the company's claim back (nothing to do when there is none).</summary>
    public Task ReleaseAsync(string companyId, DateOnly day, CancellationToken cancellationToken) =>
        Table.DeleteIfExistsAsync(Partition(day), companyId, cancellationToken);

    public async Task<KeyedPage<DailyReportRecord>> ReadDayAsync(
        DateOnly day, string? after, int take, CancellationToken cancellationToken)
    {
        if (after is not null && !TableKeys.IsSafe(after))
        {
            return new KeyedPage<DailyReportRecord>([], null);
        }
        var filter = after is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition(day)}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Partition(day)} and RowKey gt {after}");
        return await KeyedQuery.PageAsync(Table, filter, take, e => FromEntity(e, day), cancellationToken);
    }

    public async Task<int> CountDayAsync(DateOnly day, CancellationToken cancellationToken) =>
        (await Table.ReadPartitionAsync(Partition(day), e => e.RowKey, cancellationToken, ["RowKey"])).Count;

    private static DailyReportRecord FromEntity(TableEntity e, DateOnly day) => new(
        e.RowKey, day, e.GetString("Status") == Sent ? DailyReportStatus.Sent : DailyReportStatus.Sending,
        e.GetDateTimeOffset("ClaimedAt"),
        e.GetString("Status") == Sent
            ? new DailyReportDelivery(
                e.GetString("To") ?? string.Empty, e.GetDateTimeOffset("SentAt") ?? default,
                e.GetString("Subject") ?? string.Empty, e.GetString("AttachmentName") ?? string.Empty,
                e.GetString("AttachmentHash") ?? string.Empty, e.GetString("MessageId") ?? string.Empty,
                e.GetString("ServerReply"))
            : null);

    private static TableEntity Claim(DateOnly day, string companyId, DateTimeOffset now) =>
        new(Partition(day), companyId) { ["Status"] = Sending, ["ClaimedAt"] = now };

    private static string Partition(DateOnly day) =>
        $"daily-pec-report-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
