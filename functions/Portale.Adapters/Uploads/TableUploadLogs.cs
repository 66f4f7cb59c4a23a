using Azure.Data.Tables;
using Portale.Adapters.Storage;
using Portale.Core.Paging;
using Portale.Core.Uploads;

namespace Portale.Adapters.Uploads;

/// <summary>Newest-first keyed rows of one company's partition, read a page at a time.</summary>
internal static class KeyedRows
{
    public static async Task<Page<T>> PageAsync<T>(TableClient table, string companyId, string? cursor, int take,
        Func<TableEntity, T> map, CancellationToken cancellationToken)
    {
        if (!TableKeys.IsSafe(companyId) || (cursor is not null && !TableKeys.IsSafe(cursor)))
        {
            return new Page<T>([], null, 0);
        }
        var total = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {companyId}"),
                           select: ["RowKey"], cancellationToken: cancellationToken))
        {
            total++;
        }
        var filter = cursor is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {companyId}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {companyId} and RowKey gt {cursor}");
        var items = new List<T>(take);
        string? last = null;
        await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: take + 1, cancellationToken: cancellationToken))
        {
            if (items.Count == take)
            {
                return new Page<T>(items, last, total);
            }
            items.Add(map(e));
            last = e.RowKey;
        }
        return new Page<T>(items, null, total);
    }
}

/// <summary>Table <c>failedsends</c> ("Invii falliti"), partition = company, row key = <see cref="UploadKeys.LogKey"/>.</summary>
public sealed class TableFailedUploadLog(StorageClients clients) : IFailedUploadLog
{
    private TableClient Table => clients.Table(StorageNames.FailedUploadsTable);

    public async Task AddAsync(IReadOnlyList<FailedUpload> failures, CancellationToken cancellationToken)
    {
        foreach (var company in failures.GroupBy(f => f.CompanyId))
        {
            foreach (var batch in company.Chunk(100))
            {
                await Table.SubmitTransactionAsync(batch.Select(f => new TableTransactionAction(TableTransactionActionType.UpsertReplace,
                    new TableEntity(f.CompanyId, f.Key)
                    {
                        ["File"] = f.File,
                        ["EventAt"] = f.EventAt,
                        ["User"] = f.User,
                        ["Reason"] = f.Reason,
                    })), cancellationToken);
            }
        }
    }

    public Task<Page<FailedUpload>> ListAsync(string companyId, string? cursor, int take, CancellationToken cancellationToken) =>
        KeyedRows.PageAsync(Table, companyId, cursor, take, e => new FailedUpload(e.PartitionKey, e.RowKey, e.GetString("File") ?? "",
            e.GetDateTimeOffset("EventAt") ?? default, e.GetString("User") ?? "", e.GetString("Reason") ?? ""), cancellationToken);
}

/// <summary>Table <c>communications</c> ("Comunicazioni libere"), partition = company, row key = <see cref="UploadKeys.LogKey"/>.</summary>
public sealed class TableCommunicationLog(StorageClients clients) : ICommunicationLog
{
    private TableClient Table => clients.Table(StorageNames.CommunicationsTable);

    public Task AddAsync(Communication c, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new TableEntity(c.CompanyId, c.Key)
        {
            ["Kind"] = c.Kind.ToApiName(),
            ["Label"] = c.Label,
            ["File"] = c.File,
            ["DocumentPath"] = c.DocumentPath,
            ["SentAt"] = c.SentAt,
            ["User"] = c.User,
            ["Hash"] = c.Hash,
        }, TableUpdateMode.Replace, cancellationToken);

    public Task<Page<Communication>> ListAsync(string companyId, string? cursor, int take, CancellationToken cancellationToken) =>
        KeyedRows.PageAsync(Table, companyId, cursor, take, e => new Communication(e.PartitionKey, e.RowKey,
            UploadKindNames.Parse(e.GetString("Kind")), e.GetString("Label"), e.GetString("File") ?? "", e.GetString("DocumentPath") ?? "",
            e.GetDateTimeOffset("SentAt") ?? default, e.GetString("User") ?? "", e.GetString("Hash") ?? ""), cancellationToken);
}
