using Portale.Adapters.Letters;

namespace Portale.Adapters.Uploads;

/// <summary>
/// Table <c>failedsends</c> ("Invii falliti"), partition = company, row key = <see cref="UploadKeys.LogKey"/>.
/// </summary>
public sealed class TableFailedUploadLog(StorageClients clients)
    : TableAdapter(clients, StorageNames.FailedUploadsTable), IFailedUploadLog
{
    public async Task AddAsync(IReadOnlyList<FailedUpload> failures, CancellationToken cancellationToken)
    {
        foreach (var company in failures.GroupBy(f => f.CompanyId))
        {
            foreach (var batch in company.Chunk(100))
            {
                var rows = batch.Select(f => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    TableRows.Of(f.CompanyId, f.Key, new { f.File, f.EventAt, f.User, f.Reason })));
                await Table.SubmitTransactionAsync(rows, cancellationToken);
            }
        }
    }

    public Task<Page<FailedUpload>> ListAsync(
        string companyId, string? cursor, int take, CancellationToken cancellationToken) =>
        KeyedRows.PageAsync(Table, companyId, cursor, take, FromEntity, cancellationToken);

    public async Task<IReadOnlyList<FailedUpload>> ListOfUploadAsync(
        UploadRecord upload, CancellationToken cancellationToken)
    {
        var prefix = UploadKeys.LogPrefix(upload);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {upload.CompanyId} and RowKey gt {prefix} and RowKey lt {LetterKeys.End(prefix)}");
        var rows = new List<FailedUpload>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(FromEntity(row));
        }
        return rows;
    }

    private static FailedUpload FromEntity(TableEntity e) => new(
        e.PartitionKey, e.RowKey, e.GetString("File") ?? "", e.GetDateTimeOffset("EventAt") ?? default,
        e.GetString("User") ?? "", e.GetString("Reason") ?? "");
}
