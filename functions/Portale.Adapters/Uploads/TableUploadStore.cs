using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;

namespace Portale.Adapters.Uploads;

/// <summary>
/// Table <c>uploads</c>, partition = company: the upload row <c>u_{uploadId}</c> and, once processed,
/// one row per file result <c>r_{uploadId}_{nnnn}</c> (a .zip's results would not fit one property).
/// Each pending upload also has an index row in the small partition <see cref="PendingPartition"/>
/// (<c>{receivedAt ticks}_{companyId}_{uploadId}</c>, oldest first), so finding stalled uploads reads
/// only pending ones instead of scanning every company. The index row is written before the upload
/// row and removed after the final status: a crash leaves an extra index row, which
/// <see cref="ListPendingAsync"/> removes when it finds the upload missing or final.
/// </summary>
public sealed class TableUploadStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.UploadsTable), IUploadStore
{
    /// <summary>Never a company id: those match <c>^[a-z0-9][a-z0-9-]{1,63}$</c> (CompanyRegistry).</summary>
    public const string PendingPartition = "~pending-uploads";

    public async Task AddAsync(UploadRecord r, CancellationToken cancellationToken)
    {
        var pending = TableRows.Of(PendingPartition, PendingKey(r), new { r.CompanyId, r.UploadId });
        await Table.UpsertEntityAsync(pending, TableUpdateMode.Replace, cancellationToken);
        await Table.AddEntityAsync(TableRows.Of(r.CompanyId, Main(r.UploadId), new
        {
            Kind = r.Kind.ToApiName(), Letters = JsonSerializer.Serialize(r.Letters), r.Label, r.FileName, r.UploadedBy,
            r.ReceivedAt, Status = r.Status.ToString(),
        }), cancellationToken);
    }

    public async Task<UploadRecord?> FindAsync(string companyId, string uploadId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId) || !UploadKeys.IsUploadId(uploadId))
        {
            return null;
        }
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(
            companyId, Main(uploadId), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }
        var e = found.Value!;
        var record = new UploadRecord(companyId, uploadId, UploadKindNames.Parse(e.GetString("Kind")),
            JsonSerializer.Deserialize<List<string>>(e.GetString("Letters") ?? "[]") ?? [],
            e.GetString("Label"), e.GetString("FileName") ?? "", e.GetString("UploadedBy") ?? "",
            e.GetDateTimeOffset("ReceivedAt") ?? default)
        {
            Status = Enum.Parse<UploadStatus>(e.GetString("Status") ?? nameof(UploadStatus.Pending)),
        };
        if (record.Status == UploadStatus.Pending)
        {
            return record;
        }
        var results = new List<UploadResult>();
        var prefix = $"r_{uploadId}_";
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey gt {prefix} and RowKey lt {prefix[..^1] + "`"}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            results.Add(new UploadResult(row.GetString("File") ?? "", row.GetString("Letter"),
                Enum.Parse<UploadOutcome>(row.GetString("Outcome") ?? nameof(UploadOutcome.Rejected)),
                row.GetString("Reason")));
        }
        return record with { Results = results };
    }

    public async Task CompleteAsync(UploadRecord r, CancellationToken cancellationToken)
    {
        await WriteResultsAsync(r, cancellationToken);
        // Last: once the status says done, every result row is there.
        await Table.UpdateEntityAsync(StatusRow(r), ETag.All, TableUpdateMode.Merge, cancellationToken);
        await ForgetPendingAsync(PendingKey(r), cancellationToken);
    }

    public async Task<bool> CompleteIfPendingAsync(UploadRecord r, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(
            r.CompanyId, Main(r.UploadId), cancellationToken: cancellationToken);
        if (!found.HasValue || found.Value!.GetString("Status") != nameof(UploadStatus.Pending))
        {
            return false;
        }
        await WriteResultsAsync(r, cancellationToken);
        try
        {
            await Table.UpdateEntityAsync(StatusRow(r), found.Value.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false; // another run completed it meanwhile: its status stands
        }
        await ForgetPendingAsync(PendingKey(r), cancellationToken);
        return true;
    }

    public async IAsyncEnumerable<UploadRecord> ListPendingAsync(
        DateTimeOffset receivedBefore, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var before = Ticks(receivedBefore);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PendingPartition} and RowKey lt {before}");
        var rows = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }
        foreach (var row in rows)
        {
            var upload =
                await FindAsync(row.GetString("CompanyId") ?? "", row.GetString("UploadId") ?? "", cancellationToken);
            if (upload is { Status: UploadStatus.Pending })
            {
                yield return upload;
            }
            else
            {
                await ForgetPendingAsync(row.RowKey, cancellationToken);
            }
        }
    }

    private async Task ForgetPendingAsync(string rowKey, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(
            PendingPartition, rowKey, ETag.All, cancellationToken); // no error when already gone

    private async Task WriteResultsAsync(UploadRecord r, CancellationToken cancellationToken)
    {
        var rows = r.Results.Select((result, i) => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
            TableRows.Of(r.CompanyId, $"r_{r.UploadId}_{i:D4}", new
            {
                result.File, result.Letter, Outcome = result.Outcome.ToString(), result.Reason,
            })));
        foreach (var batch in rows.Chunk(100))
        {
            await Table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    public async Task DeleteAsync(string companyId, string uploadId, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(
            companyId, Main(uploadId), cancellationToken: cancellationToken);
        await Table.DeleteEntityAsync(companyId, Main(uploadId), ETag.All, cancellationToken);
        if (found.HasValue && found.Value!.GetDateTimeOffset("ReceivedAt") is { } receivedAt)
        {
            await ForgetPendingAsync($"{Ticks(receivedAt)}_{companyId}_{uploadId}", cancellationToken);
        }
    }

    private static string PendingKey(UploadRecord r) => $"{Ticks(r.ReceivedAt)}_{r.CompanyId}_{r.UploadId}";

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    private static string Main(string uploadId) => $"u_{uploadId}";

    private static TableEntity StatusRow(UploadRecord r) =>
        new(r.CompanyId, Main(r.UploadId)) { ["Status"] = r.Status.ToString() };
}
