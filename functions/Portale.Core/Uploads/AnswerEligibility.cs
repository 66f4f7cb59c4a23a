namespace Portale.Core.Uploads;

/// <summary>Whether a letter takes answers at all; which answer is the first is <see cref="AnswerOrder"/>'s.</summary>
public static class AnswerEligibility
{
    /// <summary>
    /// Null when the letter takes answers, else the Italian reason: only TO letters, once downloaded, take
    /// an answer; a CC letter never does. <paramref name="state"/> is null when the company has no such letter.
    /// </summary>
    public static string? Refusal(DocumentName letter, LetterAnswerState? state)
    {
        if (state is null || state.Letter != letter)
        {
            return UploadMessages.LetterNotToWork(letter.ToString());
        }
        if (!state.IsPrincipalRecipient)
        {
            return UploadMessages.CarbonCopyLetter(letter.ToString());
        }
        return state.Downloaded ? null : UploadMessages.LetterNotToWork(letter.ToString());
    }
}
