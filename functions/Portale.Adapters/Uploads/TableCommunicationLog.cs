namespace Portale.Adapters.Uploads;

/// <summary>
/// Table <c>communications</c> ("Comunicazioni libere"), partition =
/// company, row key = <see cref="UploadKeys.LogKey"/>.
/// </summary>
public sealed class TableCommunicationLog(StorageClients clients)
    : TableAdapter(clients, StorageNames.CommunicationsTable), ICommunicationLog
{
    public Task AddAsync(Communication c, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(TableRows.Of(c.CompanyId, c.Key, new
        {
            Kind = c.Kind.ToApiName(), c.Label, c.File, c.DocumentPath, c.SentAt, c.User, c.Hash,
        }), TableUpdateMode.Replace, cancellationToken);

    public async Task<Communication?> FindAsync(string companyId, string key, CancellationToken cancellationToken) =>
        TableKeys.IsSafe(companyId) && TableKeys.IsSafe(key)
            && await Table.FindAsync(companyId, key, cancellationToken) is { } e
            ? Of(e)
            : null;

    public Task<Page<Communication>> ListAsync(
        string companyId, string? cursor, int take, CancellationToken cancellationToken) =>
        KeyedRows.PageAsync(Table, companyId, cursor, take, Of, cancellationToken);

    private static Communication Of(TableEntity e) => new(e.PartitionKey, e.RowKey,
        UploadKindNames.Parse(e.GetString("Kind")), e.GetString("Label"), e.GetString("File") ?? "",
        e.GetString("DocumentPath") ?? "", e.GetDateTimeOffset("SentAt") ?? default, e.GetString("User") ?? "",
        e.GetString("Hash") ?? "");
}
