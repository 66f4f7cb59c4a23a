using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Portale.Adapters.Storage;
using Portale.Core.Uploads;

namespace Portale.Adapters.Uploads;

/// <summary>
/// Table <c>uploads</c>, partition = company: the upload row <c>u_{uploadId}</c> and, once processed,
/// one row per file result <c>r_{uploadId}_{nnnn}</c> (a .zip's results would not fit one property).
/// </summary>
public sealed class TableUploadStore(StorageClients clients) : IUploadStore
{
    private TableClient Table => clients.Table(StorageNames.UploadsTable);

    public Task AddAsync(UploadRecord r, CancellationToken cancellationToken) =>
        Table.AddEntityAsync(new TableEntity(r.CompanyId, Main(r.UploadId))
        {
            ["Kind"] = r.Kind.ToApiName(),
            ["Letters"] = JsonSerializer.Serialize(r.Letters),
            ["Label"] = r.Label,
            ["FileName"] = r.FileName,
            ["UploadedBy"] = r.UploadedBy,
            ["ReceivedAt"] = r.ReceivedAt,
            ["Status"] = r.Status.ToString(),
        }, cancellationToken);

    public async Task<UploadRecord?> FindAsync(string companyId, string uploadId, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId) || !UploadKeys.IsUploadId(uploadId))
        {
            return null;
        }
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(companyId, Main(uploadId), cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }
        var e = found.Value!;
        var record = new UploadRecord(companyId, uploadId, UploadKindNames.Parse(e.GetString("Kind")),
            JsonSerializer.Deserialize<List<string>>(e.GetString("Letters") ?? "[]") ?? [],
            e.GetString("Label"), e.GetString("FileName") ?? "", e.GetString("UploadedBy") ?? "", e.GetDateTimeOffset("ReceivedAt") ?? default)
        {
            Status = Enum.Parse<UploadStatus>(e.GetString("Status") ?? nameof(UploadStatus.Pending)),
        };
        if (record.Status == UploadStatus.Pending)
        {
            return record;
        }
        var results = new List<UploadResult>();
        var prefix = $"r_{uploadId}_";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey gt {prefix} and RowKey lt {prefix[..^1] + "`"}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            results.Add(new UploadResult(row.GetString("File") ?? "", row.GetString("Letter"),
                Enum.Parse<UploadOutcome>(row.GetString("Outcome") ?? nameof(UploadOutcome.Rejected)), row.GetString("Reason")));
        }
        return record with { Results = results };
    }

    public async Task CompleteAsync(UploadRecord r, CancellationToken cancellationToken)
    {
        var rows = r.Results.Select((result, i) => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
            new TableEntity(r.CompanyId, $"r_{r.UploadId}_{i:D4}")
            {
                ["File"] = result.File,
                ["Letter"] = result.Letter,
                ["Outcome"] = result.Outcome.ToString(),
                ["Reason"] = result.Reason,
            }));
        foreach (var batch in rows.Chunk(100))
        {
            await Table.SubmitTransactionAsync(batch, cancellationToken);
        }
        // Last: once the status says done, every result row is there.
        await Table.UpdateEntityAsync(new TableEntity(r.CompanyId, Main(r.UploadId)) { ["Status"] = r.Status.ToString() },
            ETag.All, TableUpdateMode.Merge, cancellationToken);
    }

    public async Task DeleteAsync(string companyId, string uploadId, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(companyId, Main(uploadId), ETag.All, cancellationToken);

    private static string Main(string uploadId) => $"u_{uploadId}";
}
