namespace Portale.Adapters.Feed;

/// <summary>
/// The rows of the change feed. In a company's partition of <c>companyletters</c>: the item rows
/// <c>f_{sequence}</c>, the row <c>fs</c> holding the last sequence given, and <c>fk_{key}</c> marking an
/// item recorded on its own (a communication) so it is recorded once. In table <c>changefeed</c>,
/// partition <c>global</c>: the item rows <c>g_{global sequence}</c>, the row <c>seq</c>, and one row
/// <c>w_{company}</c> per company saying how far its items were moved there.
/// </summary>
public static class FeedRows
{
    public const string CompanySequence = "fs";
    public const string GlobalPartition = "global";
    public const string GlobalSequence = "seq";

    public static string CompanyItem(long sequence) => $"f_{sequence:D12}";

    public static string GlobalItem(long sequence) => $"g_{sequence:D12}";

    public static string Recorded(string key) => $"fk_{key}";

    public static string Pumped(string companyId) => $"w_{companyId}";

    public static TableEntity Sequence(string partition, string rowKey, long value) =>
        TableRows.Of(partition, rowKey, new { Seq = value });

    public static TableEntity Item(string partition, string rowKey, ChangeItem i)
    {
        var e = TableRows.Of(partition, rowKey, new
        {
            Kind = ChangeKindNames.Of(i.Kind), i.CompanyId, i.Key, i.At, i.User, i.Letter,
            Sector = i.Sector is { } s ? SectorNames.Of(s) : null, i.File, i.Hash, i.UploadId, i.ReplacedUploadId,
            i.Completeness, i.ExtensionDays, i.Label, i.CommunicationKey, i.Sequence, i.RecordedAt,
            BackdatedTo = i.Backdating?.AttemptedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            BackdatingOutage = i.Backdating?.OutageId, BackdatingReport = i.Backdating?.ReportId,
            BackdatingReason = i.Backdating?.Reason,
        });
        if (i.GlobalSequence is { } global)
        {
            e["GlobalSequence"] = global;
        }
        return e;
    }

    public static ChangeItem ItemOf(TableEntity e) => new(
        ChangeKindNames.Parse(e.GetString("Kind")), e.GetString("CompanyId"), e.GetString("Key"),
        e.GetDateTimeOffset("At") ?? default, e.GetString("User") ?? "")
    {
        Letter = e.GetString("Letter"),
        Sector = SectorNames.TryParse(e.GetString("Sector"), out var sector) ? sector : null,
        File = e.GetString("File"),
        Hash = e.GetString("Hash"),
        UploadId = e.GetString("UploadId"),
        ReplacedUploadId = e.GetString("ReplacedUploadId"),
        Completeness = e.GetString("Completeness"),
        ExtensionDays = e.GetInt32("ExtensionDays"),
        Label = e.GetString("Label"),
        CommunicationKey = e.GetString("CommunicationKey"),
        Backdating = e.GetString("BackdatedTo") is { } day
            ? new AnswerBackdating(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                e.GetString("BackdatingOutage") ?? "", e.GetString("BackdatingReport") ?? "",
                e.GetString("BackdatingReason") ?? "")
            : null,
        Sequence = e.GetInt64("Sequence") ?? 0,
        GlobalSequence = e.GetInt64("GlobalSequence"),
        RecordedAt = e.GetDateTimeOffset("RecordedAt") ?? default,
    };

    public static long ValueOf(TableEntity? sequence) => sequence?.GetInt64("Seq") ?? 0;

    /// <summary>Writes a sequence row read with its ETag (or absent) under optimistic concurrency.</summary>
    public static TableTransactionAction Advance(TableEntity? read, string partition, string rowKey, long value) =>
        read is null
            ? new TableTransactionAction(TableTransactionActionType.Add, Sequence(partition, rowKey, value))
            : new TableTransactionAction(
                TableTransactionActionType.UpdateReplace, Sequence(partition, rowKey, value), read.ETag);
}
