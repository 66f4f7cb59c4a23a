namespace Portale.Adapters.Messaging;

/// <summary>
/// Development outbox: every email, SMS and PEC is stored instead of sent, newest first
/// (RowKey = inverted ticks), so a person or a test can read the OTP, the link or the daily report.
/// </summary>
public sealed class TableOutbox(StorageClients clients, TimeProvider clock)
    : TableAdapter(clients, StorageNames.OutboxTable), IEmailSender, ISmsSender, IPecSender, ISentMessages
{
    private const string Partition = "outbox";

    // A table property holds at most 64 KiB and an entity 1 MiB: attachments are kept in 60 KiB parts, up to 15.
    private const int PartBytes = 60 * 1024;
    private const int MaxParts = 15;

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        AddAsync(
            new OutboxEntry(message.Id, "email", message.To, message.Subject, message.Body, clock.GetUtcNow()),
            cancellationToken);

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken) =>
        AddAsync(
            new OutboxEntry(message.Id, "sms", message.To, null, message.Text, clock.GetUtcNow()), cancellationToken);

    public async Task<string?> SendAsync(PecMessage message, CancellationToken cancellationToken) =>
        "outbox " + await AddAsync(
            new OutboxEntry(message.Id, "pec", message.To, message.Subject, message.Body, clock.GetUtcNow()),
            cancellationToken, (message.AttachmentName, message.Attachment));

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string? to, int max, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        var filter = string.IsNullOrEmpty(to)
            ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ToKey eq {to.Trim().ToLowerInvariant()}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(
                new OutboxEntry(
                    e.GetString("MessageId"), e.GetString("Kind"), e.GetString("To"), e.GetString("Subject"),
                    e.GetString("Body"), e.GetDateTimeOffset("SentAt")!.Value, ReadAttachment(e)));
            if (entries.Count >= max)
            {
                break;
            }
        }
        return entries;
    }

    public Task<int> PurgeAsync(DateTimeOffset sentBefore, CancellationToken cancellationToken) =>
        Table.DeleteWhereAsync(TableClient.CreateQueryFilter($"SentAt lt {sentBefore}"), cancellationToken);

    /// <summary>Stores the message; returns its row key.</summary>
    private async Task<string> AddAsync(
        OutboxEntry entry, CancellationToken cancellationToken, (string Name, byte[] Bytes)? attachment = null)
    {
        // Real time, not the business clock: a test that moves the clock back must still see new messages first.
        var inverted = (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UtcNow.UtcTicks)
            .ToString("D19", CultureInfo.InvariantCulture);
        var row = TableRows.Of(Partition, inverted + "-" + Guid.NewGuid().ToString("N"), new
        {
            MessageId = entry.Id, entry.Kind, entry.To, ToKey = entry.To.Trim().ToLowerInvariant(), entry.Subject,
            entry.Body, entry.SentAt,
        });
        if (attachment is var (name, bytes))
        {
            row["AttachmentName"] = name;
            row["AttachmentSize"] = bytes.Length;
            var parts = bytes.Chunk(PartBytes).ToList();
            if (parts.Count <= MaxParts)
            {
                row["AttachmentParts"] = parts.Count;
                for (var i = 0; i < parts.Count; i++)
                {
                    row[$"Attachment{i}"] = parts[i];
                }
            }
        }
        await Table.AddEntityAsync(row, cancellationToken);
        return row.RowKey;
    }

    private static OutboxAttachment? ReadAttachment(TableEntity e)
    {
        if (e.GetString("AttachmentName") is not { } name)
        {
            return null;
        }
        if (e.GetInt32("AttachmentParts") is not { } parts)
        {
            return new OutboxAttachment(name, e.GetInt32("AttachmentSize") ?? 0, null);
        }
        var bytes = Enumerable.Range(0, parts).SelectMany(i => e.GetBinary($"Attachment{i}") ?? []).ToArray();
        return new OutboxAttachment(name, bytes.Length, Convert.ToBase64String(bytes));
    }
}
