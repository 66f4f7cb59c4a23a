namespace Portale.Adapters.Notices;

/// <summary>Notices live in one small partition: there are a handful at any time.</summary>
public sealed class TableNoticeStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.NoticesTable), INoticeStore
{
    private const string Partition = "notice";

    public Task<IReadOnlyList<Notice>> ListAsync(CancellationToken cancellationToken) =>
        Table.ReadPartitionAsync(Partition, ToNotice, cancellationToken);

    public Task SaveAsync(Notice notice, CancellationToken cancellationToken)
    {
        var entity = TableRows.Of(Partition, notice.Id, new
        {
            Kind = notice.Kind.ToString(), notice.Title, notice.Message, notice.PublishedAt, notice.From, notice.To,
        });
        return Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        // The SDK answers a missing entity with its 404 response rather than an exception.
        using var response = await Table.DeleteEntityAsync(Partition, id, Azure.ETag.All, cancellationToken);
        return response.Status != 404;
    }

    private static Notice ToNotice(TableEntity e) => new(
        e.RowKey,
        Enum.Parse<NoticeKind>(e.GetString("Kind")),
        e.GetString("Title"),
        e.GetString("Message"),
        e.GetDateTimeOffset("PublishedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("From"),
        e.GetDateTimeOffset("To"));
}
