using Azure;

namespace Portale.Adapters.Identity;

/// <summary>
/// One partition per company in <c>enablementlog</c>: the records at RowKey <c>h_{id}</c> (ids sort newest
/// first) and the current referents at <c>r_{user id}</c>, so a record and its referent change are one
/// transaction, the history one range read and the referents another.
/// </summary>
public sealed class TableEnablementLog(StorageClients clients)
    : TableAdapter(clients, StorageNames.EnablementLogTable), IEnablementLog
{
    private const string History = "h_";
    private const string Referents = "r_";

    public async Task RecordAsync(Enablement enablement, string userId, CancellationToken cancellationToken)
    {
        var record = TableRows.Of(enablement.CompanyId, History + enablement.Id, new
        {
            enablement.Username, UserId = userId, Action = enablement.Action.ToString(), enablement.RecordedBy,
            enablement.RecordedAt, enablement.Note, enablement.ModuloName, enablement.ModuloHash,
        });
        var referent = Referents + userId;
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, record) };
        if (enablement.Action == EnablementAction.Enable)
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, TableRows.Of(enablement.CompanyId, referent, new
            {
                UserId = userId, EnabledAt = enablement.RecordedAt, EnabledBy = enablement.RecordedBy,
                EnablementId = enablement.Id,
            })));
        }
        else if (await Table.ExistsAsync(enablement.CompanyId, referent, cancellationToken))
        {
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(enablement.CompanyId, referent), ETag.All));
        }
        await Table.SubmitTransactionAsync(actions, cancellationToken);
    }

    public Task<KeyedPage<Enablement>> PageAsync(
        string companyId, string? after, int take, CancellationToken cancellationToken)
    {
        var from = after is null ? History : History + after;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey gt {from} and RowKey lt {Referents}");
        return PageOfIdsAsync(filter, take, cancellationToken);
    }

    public async Task<int> CountAsync(string companyId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey gt {History} and RowKey lt {Referents}");
        var count = 0;
        await foreach (var _ in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            count++;
        }
        return count;
    }

    public async Task<Enablement?> FindAsync(string companyId, string id, CancellationToken cancellationToken) =>
        await Table.FindAsync(companyId, History + id, cancellationToken) is { } row ? FromRow(row) : null;

    public async Task<IReadOnlyList<Referent>> ReferentsAsync(string companyId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {companyId} and RowKey ge {Referents} and RowKey lt {"r`"}");
        var referents = new List<Referent>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            referents.Add(new Referent(row.GetString("UserId"), row.GetDateTimeOffset("EnabledAt")!.Value,
                row.GetString("EnabledBy"), row.GetString("EnablementId")));
        }
        return referents;
    }

    private async Task<KeyedPage<Enablement>> PageOfIdsAsync(string filter, int take, CancellationToken cancellationToken)
    {
        var page = await KeyedQuery.PageAsync(Table, filter, take, FromRow, cancellationToken);
        return new KeyedPage<Enablement>(page.Items, page.After?[History.Length..]);
    }

    private static Enablement FromRow(TableEntity row) => new(
        row.RowKey[History.Length..], row.PartitionKey, row.GetString("Username"),
        Enum.Parse<EnablementAction>(row.GetString("Action")), row.GetString("RecordedBy"),
        row.GetDateTimeOffset("RecordedAt")!.Value, row.GetString("Note"), row.GetString("ModuloName"),
        row.GetString("ModuloHash"));
}
