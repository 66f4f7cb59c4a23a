namespace Portale.Core.Receipts;

/// <summary>
/// A ricevuta: what arrived and when, as the portal recorded it. <see cref="ReceivedAt"/> is the upload's legal
/// arrival time; for an answer <see cref="AnsweredOn"/> is the Data Risposta the letter records (the day of a
/// reported failed attempt when chapter 9 backdates it, then <see cref="Backdating"/> says why). A refusal
/// carries <see cref="RefusalCode"/> and its Italian <see cref="RefusalReason"/>.
/// </summary>
public sealed record Receipt(
    string ReceiptId,
    ReceiptKind Kind,
    string CompanyId,
    string CompanyName,
    string? Letter,
    string File,
    string? Sha256,
    DateTimeOffset ReceivedAt,
    DateOnly? AnsweredOn,
    string? Backdating,
    string UploadId,
    string User,
    DateTimeOffset IssuedAt,
    string? RefusalCode,
    string? RefusalReason);
