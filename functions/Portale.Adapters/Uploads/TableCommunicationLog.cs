using Azure.Data.Tables;
using Portale.Adapters.Storage;
using Portale.Core.Paging;
using Portale.Core.Uploads;

namespace Portale.Adapters.Uploads;

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
