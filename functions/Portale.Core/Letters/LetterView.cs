namespace Portale.Core.Letters;

/// <summary>
/// A letter with what is computed at read time: deadline, Giorni a scadenza risposta, proroga choices.
/// </summary>
public sealed record LetterView(
    Letter Letter, DateOnly? Deadline, int? DaysToDeadline, IReadOnlyList<int> ExtensionChoices);
