namespace Portale.Core.Letters;

/// <summary>
/// Risposta, Data Risposta, Utente Risposta: the latest answer shown (manual 6.5). Completezza Risposta is
/// the letter's (<see cref="Letter.Completeness"/>): an unanswered letter can be «assente» too.
/// </summary>
public sealed record LetterAnswer(string Name, DateTimeOffset AnsweredAt, string AnsweredBy)
{
    /// <summary>The upload that carried this answer; its PDF is kept under that upload's own path.</summary>
    public string? UploadId { get; init; }

    /// <summary>When this answer replaced a first one: the first answer's upload (its PDF is kept too).</summary>
    public string? ReplacedUploadId { get; init; }

    /// <summary>
    /// When the first answer was uploaded, once a further answer replaced it; null for a first answer.
    /// </summary>
    public DateTimeOffset? FirstAnsweredAt { get; init; }

    /// <summary>SHA-256 of the answer's PDF, listed in the daily PEC report.</summary>
    public string? Hash { get; init; }

    public bool IsReplacement => FirstAnsweredAt is not null;
}
