namespace Portale.Core.Uploads;

/// <summary>What the answer rules need to know about a letter, whatever stores it.</summary>
/// <param name="IsPrincipalRecipient">Destinatario Principale: true for TO, false for CC.</param>
public sealed record LetterAnswerState(DocumentName Letter, bool IsPrincipalRecipient, bool Downloaded)
{
    public static LetterAnswerState Of(Letter letter) =>
        new(DocumentName.Parse(letter.Name), letter.Recipient == Recipient.To, letter.DownloadedAt is not null);
}
