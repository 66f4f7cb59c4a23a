namespace Portale.Core.Uploads;

/// <summary>
/// An upload as received (table <c>uploads</c>, partition = company): recorded before its file is
/// stored, so no file is ever without its record. <see cref="ReceivedAt"/> is the legal time of the
/// upload (Data Risposta, the 72-hour window), whatever the processing delay.
/// </summary>
public sealed record UploadRecord(
    string CompanyId,
    string UploadId,
    UploadKind Kind,
    IReadOnlyList<string> Letters,
    string? Label,
    string FileName,
    string UploadedBy,
    DateTimeOffset ReceivedAt)
{
    public UploadStatus Status { get; init; } = UploadStatus.Pending;

    public IReadOnlyList<UploadResult> Results { get; init; } = [];
}
