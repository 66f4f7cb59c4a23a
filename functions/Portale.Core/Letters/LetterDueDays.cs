namespace Portale.Core.Letters;

/// <summary>
/// The day from which a time rule may have something to do with a letter, from the letter alone: the key
/// of the due index the stores write with the letter, so a nightly pass reads only the letters that may be
/// due instead of every letter. Counted on the national calendar: off-line days and a proroga only move
/// deadlines later, so this day is never after the rule's real day; the pass decides with the real
/// calendar and leaves a letter that is not due yet for a later night. Null: the rule has nothing left to
/// do (a CC or answered letter, a classified one, solleciti at their limit).
/// </summary>
public static class LetterDueDays
{
    private static readonly ResponseSla Sla = new(WorkingDayCalendar.Standard);
    private static readonly AbsentAnswerRule AbsentRule = new(WorkingDayCalendar.Standard);

    public static DateOnly? Of(Letter letter, LetterTimeRule rule) => rule switch
    {
        _ when letter is not { Recipient: Recipient.To, Answer: null } => null,
        LetterTimeRule.Ageing => letter.Fields.Sector == Sector.Energy && letter.Completeness is null
            ? AbsentRule.LastAcceptedDay(Sla.Deadline(letter.Terms)).AddDays(1)
            : null,
        LetterTimeRule.Reminders => letter.RemindersDueFrom == DateOnly.MaxValue
            ? null
            : letter.RemindersDueFrom ?? Sla.Deadline(letter.Terms).AddDays(1),
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
