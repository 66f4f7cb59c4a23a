namespace Portale.Core.Uploads;

public enum UploadStatus
{
    Pending,
    Accepted,
    Rejected,
}

public enum UploadOutcome
{
    Accepted,
    Rejected,
}

/// <summary>One file's outcome within an upload: a single PDF, or one entry of a .zip.</summary>
public sealed record UploadResult(string File, string? Letter, UploadOutcome Outcome, string? Reason);

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

/// <summary>A row of "Invii falliti" (manual 6.7): File, Data Evento, Utente, Motivo Errore.</summary>
public sealed record FailedUpload(string CompanyId, string Key, string File, DateTimeOffset EventAt, string User, string Reason);

/// <summary>A free communication or a TIRV rejection as listed in "Comunicazioni libere".</summary>
public sealed record Communication(
    string CompanyId, string Key, UploadKind Kind, string? Label, string File, string DocumentPath, DateTimeOffset SentAt, string User, string Hash);

/// <summary>A page of a newest-first list with an opaque cursor.</summary>
public sealed record UploadLogPage<T>(IReadOnlyList<T> Items, string? NextCursor, int Total);
