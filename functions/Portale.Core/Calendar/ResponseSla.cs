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
    /// Giorni a scadenza risposta: 0 on the deadline day; before it, the working days from today
    /// (included) to the deadline (excluded); after it, minus the working days from the deadline
    /// (included) to today (excluded). A non-working today counts as the next working day, so the
    /// value is negative exactly when the deadline has passed (a Saturday after a Friday deadline
    /// is −1, not 0) and a weekend before a Monday deadline shows 0. Matches manual fig. 4: on
    /// 20/02/2025 a letter due that day shows 0 and one due 18/03/2025 shows 18.
    /// </summary>
    /// <param name="deadline">A deadline from <see cref="Deadline"/> computed with the same calendar.</param>
    public int DaysToDeadline(DateOnly deadline, DateOnly today) =>
        calendar.WorkingDaysBetween(calendar.WorkingDayOnOrAfter(today), deadline);

    public int DaysToDeadline(LetterTerms letter, DateOnly today) => DaysToDeadline(Deadline(letter), today);
}
