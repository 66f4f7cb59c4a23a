using System.Text.Json;
using Azure;
using Azure.Storage.Blobs.Models;

namespace Portale.Adapters.Audit;

/// <summary>
/// The audit in table <c>audit</c>, PartitionKey = the Rome day and the chain (<c>yyyyMMdd-done</c>,
/// <c>yyyyMMdd-refused</c>), RowKey = the sequence inverted (newest first), written only with inserts:
/// this class has no update, upsert or delete. Each record's write-once copy is a blob
/// <c>audit/{yyyy-MM-dd}/{chain}/{sequence}.json</c>, put only if absent; in
/// Azure the container has a time-based retention policy (infra/modules/storage-data.bicep), so not even
/// the portal's own identity can change or delete a copy before it expires.
/// </summary>
public sealed class TableAuditLog(StorageClients clients)
    : TableAdapter(clients, StorageNames.AuditTable), IAuditLog
{
    private const long Inverted = 9_999_999_999;

    public async Task<AuditRecord?> LastAsync(DateOnly day, AuditOutcome chain, CancellationToken cancellationToken)
    {
        var page = await KeyedQuery.PageAsync(Table, ChainFilter(day, chain), 1, FromEntity, cancellationToken);
        return page.Items.FirstOrDefault();
    }

    public async Task AddAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        if (!await Table.TryAddAsync(ToEntity(record), cancellationToken))
        {
            throw new ConcurrencyConflictException($"Audit record {record.Sequence} of {record.Day} is taken.");
        }
    }

    public async Task KeepCopyAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        var blob = Clients.Container(StorageNames.AuditContainer).GetBlobClient(
            CopyPath(record.Day, record.Outcome, record.Sequence));
        try
        {
            await blob.UploadAsync(
                BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(AuditCopy.From(record))),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Already kept (a retry of the same record): write-once means leave it as it is.
        }
    }

    public async Task<AuditRecord?> FindCopyAsync(
        DateOnly day, AuditOutcome chain, long sequence, CancellationToken cancellationToken)
    {
        var blob = Clients.Container(StorageNames.AuditContainer).GetBlobClient(CopyPath(day, chain, sequence));
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            return JsonSerializer.Deserialize<AuditCopy>(content.Value.Content.ToMemory().Span)?.ToRecord();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public Task<KeyedPage<AuditRecord>> ReadAsync(
        DateOnly day, AuditOutcome chain, AuditFilter filter, string? after, int take,
        CancellationToken cancellationToken)
    {
        if (after is not null && !TableKeys.IsSafe(after))
        {
            return Task.FromResult(new KeyedPage<AuditRecord>([], null));
        }
        var query = Filter(day, chain, filter);
        if (after is not null)
        {
            query += " and " + TableClient.CreateQueryFilter($"RowKey gt {after}");
        }
        return KeyedQuery.PageAsync(Table, query, take, FromEntity, cancellationToken);
    }

    public async Task<int> CountAsync(
        DateOnly day, AuditOutcome chain, AuditFilter filter, CancellationToken cancellationToken)
    {
        var count = 0;
        await foreach (var _ in Table.QueryAsync<TableEntity>(
            Filter(day, chain, filter), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }
        return count;
    }

    private static string Filter(DateOnly day, AuditOutcome chain, AuditFilter filter)
    {
        var query = ChainFilter(day, chain);
        if (filter.Action is { } action)
        {
            query += " and " + TableClient.CreateQueryFilter($"Action eq {action}");
        }
        if (filter.Actor is { } actor)
        {
            query += " and " + TableClient.CreateQueryFilter($"(ActorName eq {actor} or ActorId eq {actor})");
        }
        return query;
    }

    public Task<IReadOnlyList<AuditRecord>> ReadDayAsync(
        DateOnly day, AuditOutcome chain, CancellationToken cancellationToken) =>
        Table.ReadPartitionAsync(Partition(day, chain), FromEntity, cancellationToken);

    private static string ChainFilter(DateOnly day, AuditOutcome chain) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Partition(day, chain)}");

    private static string Partition(DateOnly day, AuditOutcome chain) =>
        $"{day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{Chain(chain)}";

    private static string Chain(AuditOutcome chain) => chain == AuditOutcome.Refused ? "refused" : "done";

    private static string CopyPath(DateOnly day, AuditOutcome chain, long sequence) =>
        $"{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{Chain(chain)}/{sequence:D10}.json";

    private static TableEntity ToEntity(AuditRecord r) => TableRows.Of(
        Partition(r.Day, r.Outcome), (Inverted - r.Sequence).ToString("D10", CultureInfo.InvariantCulture), new
        {
            r.Sequence, r.At, ActorName = r.Actor.Name, ActorId = r.Actor.Id,
            ActorIsApplication = r.Actor.IsApplication, ActorRoles = string.Join(',', r.Actor.Roles),
            r.Actor.Address, r.Action, r.Target, Outcome = r.Outcome.ToString(),
            Details = JsonSerializer.Serialize(r.Details), r.PreviousHash, r.Hash,
        });

    private static AuditRecord FromEntity(TableEntity e) => new(
        e.GetDateTimeOffset("At") ?? default,
        new AuditActor(
            e.GetString("ActorName") ?? "", e.GetString("ActorId") ?? "", e.GetBoolean("ActorIsApplication") ?? false,
            (e.GetString("ActorRoles") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
            e.GetString("Address") ?? ""),
        e.GetString("Action") ?? "",
        e.GetString("Target") ?? "",
        Enum.TryParse<AuditOutcome>(e.GetString("Outcome"), out var outcome) ? outcome : AuditOutcome.Done,
        JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Details") ?? "{}") ?? [])
    {
        Sequence = e.GetInt64("Sequence") ?? 0,
        PreviousHash = e.GetString("PreviousHash") ?? "",
        Hash = e.GetString("Hash") ?? "",
    };
}
