namespace Portale.Core.Calendar;

/// <summary>The answer deadline of a letter and the "Giorni a scadenza risposta" of manual 6.2.</summary>
public sealed class ResponseSla(WorkingDayCalendar calendar)
{
    /// <summary>
    /// The working day reached by counting term + granted extension working days after publication,
    /// the publication day excluded: published Mon 17/02/2025 with a 3-day term → Thu 20/02/2025.
    /// </summary>
    public DateOnly Deadline(LetterTerms letter) =>
        calendar.AddWorkingDays(letter.PublishedOn, letter.TotalWorkingDays);

    /// <summary>
    /// Giorni a scadenza risposta, in working days: 0 on the deadline day; before it, the working
    /// days after today up to and including the deadline (those left to answer); after it, minus
    /// the working days from the deadline included up to today excluded. So the value is positive
    /// exactly before the deadline, 0 exactly on it and negative exactly after it, even on a
    /// weekend (the Saturday after a Friday deadline is −1), never increases as days pass, and is
    /// below −15 exactly when <see cref="AbsentAnswerRule"/> calls an answer absent. Matches manual
    /// fig. 4: on 20/02/2025 a letter due that day shows 0 and one due 18/03/2025 shows 18.
    /// </summary>
    /// <param name="deadline">A deadline from <see cref="Deadline"/> computed with the same calendar.</param>
    public int DaysToDeadline(DateOnly deadline, DateOnly today) =>
        today <= deadline
            ? calendar.WorkingDaysBetween(today, deadline)
            : -calendar.WorkingDaysBetween(deadline.AddDays(-1), today.AddDays(-1));

    public int DaysToDeadline(LetterTerms letter, DateOnly today) => DaysToDeadline(Deadline(letter), today);
}
