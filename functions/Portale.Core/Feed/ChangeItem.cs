namespace Portale.Core.Feed;

/// <summary>
/// One item of the change feed: what arrived or changed, for which company, when it happened (<see cref="At"/>:
/// the legal time — an answer's or a communication's arrival, the download, the proroga) and who did it.
/// <see cref="Key"/> identifies the fact (the same answer, download or communication is one key, so
/// recording it twice records it once). <see cref="Sequence"/> numbers the company's items in the order
/// the portal recorded them (1, 2, 3… without gaps); <see cref="GlobalSequence"/> does the same across
/// every company once the item reached the all-companies feed; <see cref="RecordedAt"/> is when it was recorded.
/// </summary>
public sealed record ChangeItem(
    ChangeKind Kind, string CompanyId, string Key, DateTimeOffset At, string User)
{
    /// <summary>The letter (answers, downloads, prorogas).</summary>
    public string? Letter { get; init; }

    /// <summary>The letter's sector; null for communications and TIRV rejections, which have none.</summary>
    public Sector? Sector { get; init; }

    /// <summary>The file: the answer's R- name, or the communication's file name.</summary>
    public string? File { get; init; }

    /// <summary>SHA-256 of the file (answers, communications, TIRV rejections) or of the letter (downloads).</summary>
    public string? Hash { get; init; }

    /// <summary>The answer's upload (its PDF is downloaded by it).</summary>
    public string? UploadId { get; init; }

    /// <summary>An answer replacing a first one: the first one's upload (its PDF is kept too).</summary>
    public string? ReplacedUploadId { get; init; }

    public bool IsReplacement => ReplacedUploadId is not null;

    /// <summary>Completezza Risposta when the answer was filed (e.g. «assente» for a late energy answer).</summary>
    public string? Completeness { get; init; }

    /// <summary>
    /// Chapter 9: the answer's Data Risposta taken back to the day of a failed attempt reported during an
    /// outage (the day and the reason in Italian); null when not backdated.
    /// </summary>
    public AnswerBackdating? Backdating { get; init; }

    /// <summary>The proroga's working days.</summary>
    public int? ExtensionDays { get; init; }

    /// <summary>The communication's label (Etichetta).</summary>
    public string? Label { get; init; }

    /// <summary>The communication's key in the company's "Comunicazioni libere" (its PDF is downloaded by it).</summary>
    public string? CommunicationKey { get; init; }

    public long Sequence { get; init; }

    public long? GlobalSequence { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
