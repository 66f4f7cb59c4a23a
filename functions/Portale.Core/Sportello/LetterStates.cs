namespace Portale.Core.Sportello;

/// <summary>
/// The staff's <c>state</c> filter (<see cref="LetterState"/>) on the dashboard's definitions
/// (docs/decisions/0015): to download, the online letters not downloaded yet; to answer, the TO letters
/// without an answer; overdue, those of them whose deadline (term + proroga, national calendar) is before
/// today; «assente» and «Risposta incompleta», the letter's Completezza; offline, past its Data Offline.
/// </summary>
public static class LetterStates
{
    public static readonly IReadOnlyList<string> Names =
        ["to-download", "to-answer", "overdue", "answered", "absent", "incomplete", "offline"];

    /// <summary>The <c>state</c> query value, or null when absent (a wrong one is refused into <paramref name="errors"/>).</summary>
    public static LetterState? Parse(string? text, ValidationErrors errors) =>
        QueryValues.OneOf(text, "state", "Stato", Names, errors) is { } name
            ? (LetterState)Names.ToList().IndexOf(name)
            : null;

    public static string NameOf(LetterState state) => Names[(int)state];

    public static bool Matches(Letter letter, LetterState state, DateOnly today) => state switch
    {
        LetterState.ToDownload => letter.DownloadedAt is null && letter.IsOnline(today),
        LetterState.ToAnswer => IsOpen(letter),
        LetterState.Overdue => IsOpen(letter)
            && LetterTallies.Of(letter).Any(t => t.Kind == LetterTallyKind.Open && t.Day < today),
        LetterState.Answered => letter.Answer is not null,
        LetterState.Absent => letter.Completeness == AnswerCompleteness.Absent,
        LetterState.Incomplete => letter.Completeness == AnswerCompleteness.Incomplete,
        _ => !letter.IsOnline(today),
    };

    private static bool IsOpen(Letter letter) => letter is { Recipient: Recipient.To, Answer: null };
}
