namespace Portale.Core.Calendar;

/// <summary>
/// Energy sector, Completezza Risposta "assente" by lateness (manual 6.2 and 6.5.1): the answer
/// never came or came after the 15th working day past the deadline, i.e. when its
/// <see cref="ResponseSla.DaysToDeadline(DateOnly, DateOnly)"/> is below −15. Incomplete answers
/// also count as absent, but that is the Sportello's judgement, not a date rule.
/// </summary>
public sealed class AbsentAnswerRule(WorkingDayCalendar calendar)
{
    public const int GraceWorkingDays = 15;

    /// <summary>The last day on which an answer still counts as received.</summary>
    public DateOnly LastAcceptedDay(DateOnly deadline) => calendar.AddWorkingDays(deadline, GraceWorkingDays);

    /// <summary>
    /// True when the answer came after <see cref="LastAcceptedDay"/>, or when there is none and
    /// that day is over. <paramref name="answeredOn"/> is the Rome date of the first answer upload.
    /// </summary>
    public bool IsAbsent(DateOnly deadline, DateOnly? answeredOn, DateOnly today) =>
        (answeredOn ?? today) > LastAcceptedDay(deadline);
}
