namespace Portale.Core.Sportello;

/// <summary>
/// One count a letter adds to its company's dashboard counters (<see cref="LetterTallies"/>): a TO letter
/// still to answer, by its deadline day; a letter classified «assente», by the Rome month of the
/// classification; a TO letter answered, by the month of its Data Risposta and its working days to answer.
/// </summary>
public sealed record LetterTally(LetterTallyKind Kind, DateOnly Day, int WorkingDays = 0);
