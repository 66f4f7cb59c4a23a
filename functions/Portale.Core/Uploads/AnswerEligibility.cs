namespace Portale.Core.Uploads;

/// <summary>
/// Whether a letter takes an answer now, and as which; <see cref="Refusal"/> is the Italian reason otherwise.
/// </summary>
public sealed record AnswerEligibility(AnswerSlot? Slot, string? Refusal)
{
    public bool IsAllowed => Slot is not null;

    /// <summary>
    /// Only TO letters, once downloaded, take an answer; a CC letter never does. Once answered, one
    /// further answer may replace the first within 72 hours (<see cref="AnswerReplacementWindow"/>).
    /// <paramref name="state"/> is null when the company has no such letter.
    /// </summary>
    public static AnswerEligibility Check(DocumentName letter, LetterAnswerState? state, DateTimeOffset now)
    {
        if (state is null || state.Letter != letter)
        {
            return Refuse(UploadMessages.LetterNotToWork(letter.ToString()));
        }
        if (!state.IsPrincipalRecipient)
        {
            return Refuse(UploadMessages.CarbonCopyLetter(letter.ToString()));
        }
        if (!state.Downloaded)
        {
            return Refuse(UploadMessages.LetterNotToWork(letter.ToString()));
        }
        if (state.FirstAnswerAt is not { } firstAnswerAt)
        {
            return new AnswerEligibility(AnswerSlot.First, null);
        }
        return AnswerReplacementWindow.Check(firstAnswerAt, state.AnswerReplaced, now) is { } refusal
            ? Refuse(UploadMessages.For(refusal))
            : new AnswerEligibility(AnswerSlot.Replacement, null);
    }

    private static AnswerEligibility Refuse(string reason) => new(null, reason);
}
