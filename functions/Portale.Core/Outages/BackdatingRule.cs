namespace Portale.Core.Outages;

/// <summary>
/// Manual 9.1: answers reported during an outage that qualifies (<see cref="OfflineDayRule"/>) "dovranno
/// essere comunque caricate sul Portale entro le 72 ore successive alla risoluzione dell'anomalia". The
/// first answer of a letter takes the day of the failed attempt when it arrived after the outage began and
/// at most 72 hours after its end (at any time while it goes on), on a day after the reported attempt (an
/// answer uploaded the day of the attempt needs no other date).
/// With several reports the earliest attempt wins.
/// </summary>
public static class BackdatingRule
{
    public static readonly TimeSpan UploadWithin = TimeSpan.FromHours(72);

    /// <summary>Until when answers reported for <paramref name="outage"/> may still be uploaded; null while it goes on.</summary>
    public static DateTimeOffset? UploadBy(Outage outage) => outage.EndsAt + UploadWithin;

    public static AnswerBackdating? For(
        DateTimeOffset firstArrivedAt, IEnumerable<OutageClaim> claims, DateTimeOffset now) =>
        claims
            .Where(c => Applies(c, firstArrivedAt, now))
            .OrderBy(c => c.Report.AttemptedOn)
            .ThenBy(c => c.Report.Id, StringComparer.Ordinal)
            .Select(c => new AnswerBackdating(c.Report.AttemptedOn, c.Outage.Id, c.Report.Id, Reason(c)))
            .FirstOrDefault();

    private static bool Applies(OutageClaim claim, DateTimeOffset arrivedAt, DateTimeOffset now) =>
        OfflineDayRule.Qualifies(claim.Outage, now)
        && arrivedAt >= claim.Outage.StartsAt
        && (UploadBy(claim.Outage) is not { } by || arrivedAt <= by)
        && claim.Report.AttemptedOn < RomeTime.DateOf(arrivedAt);

    private static string Reason(OutageClaim claim)
    {
        var o = claim.Outage;
        var period = o.EndsAt is { } end
            ? $"dal {OutageText.DateTime(o.StartsAt)} al {OutageText.DateTime(end)}"
            : $"iniziata il {OutageText.DateTime(o.StartsAt)}";
        return $"Data Risposta attribuita al giorno del tentativo di caricamento non andato a buon fine " +
            $"({OutageText.Date(claim.Report.AttemptedOn)}), segnalato per l'indisponibilità del Portale {period} " +
            "(manuale, capitolo 9).";
    }
}
