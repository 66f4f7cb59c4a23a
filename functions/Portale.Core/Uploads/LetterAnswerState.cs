namespace Portale.Core.Uploads;

/// <summary>What the answer rules need to know about a letter, whatever stores it.</summary>
/// <param name="IsPrincipalRecipient">Destinatario Principale: true for TO, false for CC.</param>
/// <param name="FirstAnswerAt">When the first answer was uploaded; null while unanswered.</param>
/// <param name="AnswerReplaced">Whether the one further answer has already replaced the first.</param>
public sealed record LetterAnswerState(
    DocumentName Letter,
    bool IsPrincipalRecipient,
    bool Downloaded,
    DateTimeOffset? FirstAnswerAt,
    bool AnswerReplaced);
