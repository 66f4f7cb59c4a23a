namespace Portale.Core.DailyReports;

/// <summary>What went out for one company and day: to which address, when, what it was.</summary>
/// <param name="AttachmentHash">SHA-256 of the PDF sent (<see cref="Documents.DocumentHash"/>).</param>
/// <param name="ServerReply">The PEC server's reply accepting the message, when it gave one.</param>
public sealed record DailyReportDelivery(
    string To,
    DateTimeOffset SentAt,
    string Subject,
    string AttachmentName,
    string AttachmentHash,
    string MessageId,
    string? ServerReply);
