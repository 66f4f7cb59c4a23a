using System.Text.Json;
using Portale.Adapters.Letters;

namespace Portale.Adapters.Outages;

/// <summary>
/// Table <c>outagereports</c>, partition = company, row key = newest-first ticks of the report and its id:
/// a company has a few reports, read whole when one of its answers is filed.
/// </summary>
public sealed class TableOutageReportStore(StorageClients clients)
    : TableAdapter(clients, StorageNames.OutageReportsTable), IOutageReportStore
{
    public Task AddAsync(OutageReport r, CancellationToken cancellationToken) =>
        Table.AddEntityAsync(TableRows.Of(r.CompanyId, $"{LetterKeys.NewestFirst(r.ReportedAt)}_{r.Id}", new
        {
            r.Id, r.OutageId, AttemptedOn = LetterKeys.Day(r.AttemptedOn), Answers = JsonSerializer.Serialize(r.Answers),
            r.ReportedAt, r.ReportedBy, r.BySportello,
        }), cancellationToken);

    public async Task<IReadOnlyList<OutageReport>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        TableKeys.IsSafe(companyId)
            ? (await Table.ReadPartitionAsync(companyId, FromEntity, cancellationToken)).OrderByDescending(r => r.ReportedAt)
                .ToList()
            : [];

    private static OutageReport FromEntity(TableEntity e) => new(
        e.PartitionKey, e.GetString("Id") ?? "", e.GetString("OutageId") ?? "",
        DateOnly.ParseExact(e.GetString("AttemptedOn") ?? "", "yyyyMMdd", CultureInfo.InvariantCulture),
        JsonSerializer.Deserialize<List<string>>(e.GetString("Answers") ?? "[]") ?? [],
        e.GetDateTimeOffset("ReportedAt") ?? default, e.GetString("ReportedBy") ?? "", e.GetBoolean("BySportello") ?? false);
}
