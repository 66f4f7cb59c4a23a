namespace Portale.Core.Letters;

/// <summary>
/// Risposta, Data Risposta, Utente Risposta, Completezza Risposta: the latest answer shown (manual 6.5).
/// </summary>
public sealed record LetterAnswer(string Name, DateTimeOffset AnsweredAt, string AnsweredBy, string? Completeness)
{
    /// <summary>The upload that carried this answer; its PDF is kept under that upload's own path.</summary>
    public string? UploadId { get; init; }

    /// <summary>When this answer replaced a first one: the first answer's upload (its PDF is kept too).</summary>
    public string? ReplacedUploadId { get; init; }

    /// <summary>
    /// When the first answer was uploaded, once a further answer replaced it; null for a first answer.
    /// </summary>
    public DateTimeOffset? FirstAnsweredAt { get; init; }

    /// <summary>Who uploaded the first answer, once a further answer replaced it.</summary>
    public string? FirstAnsweredBy { get; init; }

    /// <summary>The first answer's hash, once a further answer replaced it.</summary>
    public string? FirstHash { get; init; }

    /// <summary>SHA-256 of the answer's PDF, listed in the daily PEC report.</summary>
    public string? Hash { get; init; }

    /// <summary>
    /// Chapter 9: the first answer takes the day of a failed attempt reported during an outage; null when not.
    /// </summary>
    public AnswerBackdating? Backdating { get; init; }

    public bool IsReplacement => FirstAnsweredAt is not null;

    /// <summary>
    /// The day the answer counts as given (Data Risposta, «assente»): the day of the failed attempt when
    /// backdated, else the Rome date of the first answer's arrival.
    /// </summary>
    public DateOnly AnsweredOn => Backdating?.AttemptedOn ?? RomeTime.DateOf(FirstAnsweredAt ?? AnsweredAt);

    /// <summary>The accepted answers, first and (when there is one) the further answer replacing it.</summary>
    public IReadOnlyList<FiledAnswer> Filed =>
        IsReplacement
            ? [new(ReplacedUploadId ?? "", FirstAnsweredAt!.Value, FirstAnsweredBy ?? "", FirstHash), Shown]
            : [Shown];

    private FiledAnswer Shown => new(UploadId ?? "", AnsweredAt, AnsweredBy, Hash);

    /// <summary>The answer of <paramref name="placement"/>: the further answer shown when there is one.</summary>
    public static LetterAnswer Of(
        string name, AnswerPlacement placement, string? completeness, AnswerBackdating? backdating)
    {
        var first = placement.First;
        var shown = placement.Replacement ?? first;
        return new LetterAnswer(name, shown.ArrivedAt, shown.By, completeness)
        {
            UploadId = shown.UploadId,
            Hash = shown.Hash,
            ReplacedUploadId = placement.Replacement is null ? null : first.UploadId,
            FirstAnsweredAt = placement.Replacement is null ? null : first.ArrivedAt,
            FirstAnsweredBy = placement.Replacement is null ? null : first.By,
            FirstHash = placement.Replacement is null ? null : first.Hash,
            Backdating = backdating,
        };
    }
}
