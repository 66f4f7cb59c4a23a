namespace Portale.Functions.DailyReports;

/// <summary>A row of the report ledger as the API shows it.</summary>
public sealed record DailyReportRecordJson(
    string CompanyId,
    DateOnly Day,
    DailyReportStatus Status,
    DateTimeOffset? ClaimedAt,
    string? To,
    DateTimeOffset? SentAt,
    string? Subject,
    string? AttachmentName,
    string? AttachmentHash,
    string? MessageId,
    string? ServerReply)
{
    public static DailyReportRecordJson From(DailyReportRecord r) => new(
        r.CompanyId, r.Day, r.Status, Rome(r.ClaimedAt), r.Delivery?.To, Rome(r.Delivery?.SentAt), r.Delivery?.Subject,
        r.Delivery?.AttachmentName, r.Delivery?.AttachmentHash, r.Delivery?.MessageId, r.Delivery?.ServerReply);

    private static DateTimeOffset? Rome(DateTimeOffset? at) => at is { } v ? RomeTime.ToRome(v) : null;
}
