using System.Globalization;
using Azure.Data.Tables;
using Portale.Adapters.Storage;
using Portale.Core.Messaging;

namespace Portale.Adapters.Messaging;

/// <summary>
/// Development outbox: every email and SMS is stored instead of sent, newest first
/// (RowKey = inverted ticks), so a person or a test can read the OTP or the link.
/// </summary>
public sealed class TableOutbox(StorageClients clients, TimeProvider clock) : IEmailSender, ISmsSender
{
    private const string Partition = "outbox";

    private TableClient Table => clients.Table(StorageNames.OutboxTable);

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
        AddAsync(new OutboxEntry(message.Id, "email", message.To, message.Subject, message.Body, clock.GetUtcNow()), cancellationToken);

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken) =>
        AddAsync(new OutboxEntry(message.Id, "sms", message.To, null, message.Text, clock.GetUtcNow()), cancellationToken);

    public async Task<IReadOnlyList<OutboxEntry>> ListAsync(string? to, int max, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        var filter = string.IsNullOrEmpty(to)
            ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and ToKey eq {to.Trim().ToLowerInvariant()}");
        await foreach (var e in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(new OutboxEntry(e.GetString("MessageId"), e.GetString("Kind"), e.GetString("To"), e.GetString("Subject"), e.GetString("Body"), e.GetDateTimeOffset("SentAt")!.Value));
            if (entries.Count >= max)
            {
                break;
            }
        }
        return entries;
    }

    private Task AddAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        // Real time, not the business clock: a test that moves the clock back must still see new messages first.
        var inverted = (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UtcNow.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        return Table.AddEntityAsync(new TableEntity(Partition, inverted + "-" + Guid.NewGuid().ToString("N"))
        {
            ["MessageId"] = entry.Id,
            ["Kind"] = entry.Kind,
            ["To"] = entry.To,
            ["ToKey"] = entry.To.Trim().ToLowerInvariant(),
            ["Subject"] = entry.Subject,
            ["Body"] = entry.Body,
            ["SentAt"] = entry.SentAt,
        }, cancellationToken);
    }
}
