namespace Portale.Functions.Outages;

/// <summary>An outage and a chapter 9 report as the API shows them, dates in Europe/Rome.</summary>
public static class OutageJson
{
    /// <summary>
    /// The outage with what follows from it now: its off-line days, whether chapter 9 applies, until when
    /// the answers reported may still be uploaded (null while it goes on). Who recorded it: staff only.
    /// </summary>
    public static object Of(Outage o, DateTimeOffset now, bool forStaff) => new
    {
        id = o.Id,
        startsAt = RomeTime.ToRome(o.StartsAt),
        endsAt = o.EndsAt is { } end ? RomeTime.ToRome(end) : (DateTimeOffset?)null,
        planned = o.Planned,
        note = o.Note,
        offlineDays = OfflineDayRule.DaysOf(o, now),
        qualifies = OfflineDayRule.Qualifies(o, now),
        uploadBy = BackdatingRule.UploadBy(o) is { } by ? RomeTime.ToRome(by) : (DateTimeOffset?)null,
        recordedBy = forStaff ? o.RecordedBy : null,
    };

    public static object Of(OutageReport r) => new
    {
        id = r.Id,
        outageId = r.OutageId,
        attemptedOn = r.AttemptedOn,
        answers = r.Answers,
        reportedAt = RomeTime.ToRome(r.ReportedAt),
        reportedBy = r.ReportedBy,
        bySportello = r.BySportello,
    };
}
