namespace Portale.Core.Letters;

/// <summary>
/// Completezza Risposta (manual 6.5.1). Energy: «assente» when the answer came after the 15th
/// working day past the deadline (set when the answer is filed), or when the Sportello judges it
/// incomplete. Water: «Risposta incompleta», the Sportello's judgement. Empty when complete.
/// </summary>
public sealed class AnswerCompleteness(ResponseSla sla, AbsentAnswerRule absent)
{
    public const string Absent = "assente";
    public const string Incomplete = "Risposta incompleta";

    /// <summary>
    /// What an answer filed now records: a classification already made stays (a replacement keeps
    /// it); otherwise, in the energy sector, «assente» when the first upload came too late.
    /// </summary>
    public string? OnFiling(Letter letter, DateTimeOffset firstAnsweredAt) =>
        OnFiling(letter, RomeTime.DateOf(firstAnsweredAt));

    /// <inheritdoc cref="OnFiling(Letter, DateTimeOffset)"/>
    /// <param name="answeredOn">The day the first answer counts as given (its arrival, or a chapter 9 date).</param>
    public string? OnFiling(Letter letter, DateOnly answeredOn)
    {
        if (letter.Answer?.Completeness is { } current)
        {
            return current;
        }
        return IsLate(letter, answeredOn) ? Absent : null;
    }

    /// <summary>
    /// The first answer now counts from an earlier day than before (an upload received earlier was processed
    /// later, or a chapter 9 report gave it the day of the failed attempt): «assente» that the date rule gave
    /// the later day is judged again on the earlier one. Any other classification — the Sportello's own, or
    /// «assente» where the later day was on time, which only the Sportello could have set — stays.
    /// </summary>
    public string? OnEarlierAnswer(Letter letter, DateOnly previousOn, DateOnly answeredOn)
    {
        var current = letter.Answer?.Completeness;
        return current == Absent && IsLate(letter, previousOn) && !IsLate(letter, answeredOn) ? null : current;
    }

    private bool IsLate(Letter letter, DateOnly answeredOn) =>
        letter.Fields.Sector == Sector.Energy && absent.IsAbsent(sla.Deadline(letter.Terms), answeredOn, answeredOn);

    /// <summary>
    /// The Sportello's classification of an answer: the sector's value, or empty for a complete answer.
    /// </summary>
    public static string? Check(Letter letter, string? value)
    {
        if (letter.Answer is null)
        {
            throw RefusalException.Conflict("letter-not-answered", $"La lettera {letter.Name} non ha ancora una " +
                "risposta da classificare.");
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var allowed = letter.Fields.Sector == Sector.Water ? Incomplete : Absent;
        return string.Equals(value.Trim(), allowed, StringComparison.OrdinalIgnoreCase)
            ? allowed
            : throw RefusalException.Field("completeness-invalid", "completeness",
                $"Per una lettera del settore {(letter.Fields.Sector == Sector.Water ? "idrico" : "energetico")} la " +
                    $"completezza della risposta può essere solo «{allowed}» oppure vuota (risposta completa).");
    }
}
