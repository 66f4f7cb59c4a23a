namespace Portale.Core.Outages;

/// <summary>
/// Manual ch. 9: a company reports the answers it could not upload during an outage (the list of R- names
/// the manual asks for by Excel), through the portal or through the Sportello. Only for an outage that
/// qualifies (<see cref="OfflineDayRule"/>); an operator may report until 72 hours after its end, the
/// Sportello at any time. Answers already filed since the outage began take their date at once; the others
/// take it when they arrive (<see cref="AnswerFiling"/>), if within the 72 hours.
/// </summary>
public sealed class OutageReporting(
    IOutageStore outages, IOutageReportStore reports, ILetterStore letters, LetterUpdates updates,
    OutageClaims claims, AnswerFiling filing, TimeProvider clock)
{
    /// <summary>The outages an operator can report for now, the latest first.</summary>
    public async Task<IReadOnlyList<Outage>> ReportableAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await outages.ListAsync(cancellationToken))
            .Where(o => OfflineDayRule.Qualifies(o, now) && !(BackdatingRule.UploadBy(o) < now))
            .OrderByDescending(o => o.StartsAt)
            .ToList();
    }

    public Task<IReadOnlyList<OutageReport>> ListAsync(string companyId, CancellationToken cancellationToken) =>
        reports.ListAsync(companyId, cancellationToken);

    public async Task<OutageReport> ReportAsync(
        string companyId, OutageReportDraft draft, string reportedBy, bool bySportello,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = new ValidationErrors();
        var outage = await CheckOutageAsync(draft, bySportello, now, errors, cancellationToken);
        var names = ReportedAnswerNames.Check(draft.Names, draft.NamesField, errors);
        var found = names.Count is > 0 and <= ReportedAnswerNames.Max
            ? (await letters.FindManyAsync(companyId, names.Select(LetterOf).ToList(), cancellationToken))
                .ToDictionary(l => l.Name)
            : [];
        foreach (var name in names.Take(ReportedAnswerNames.Max))
        {
            // Only this company's partition is read: another company's letter is "none of yours", like a missing one.
            if (!found.TryGetValue(LetterOf(name), out var letter))
            {
                errors.Add(draft.NamesField, $"La risposta '{name}' non corrisponde ad alcuna lettera della società.");
            }
            else if (letter.Recipient != Recipient.To)
            {
                errors.Add(draft.NamesField, UploadMessages.CarbonCopyLetter(letter.Name));
            }
        }
        errors.ThrowIfAny();
        var report = new OutageReport(companyId, Guid.NewGuid().ToString("N"), outage!.Id, draft.AttemptedOn!.Value,
            names, now, reportedBy, bySportello);
        await reports.AddAsync(report, cancellationToken);
        var answered = names.Select(LetterOf).Where(n => found[n].Answer is not null).ToList();
        if (answered.Count > 0)
        {
            var named = await claims.OfCompanyAsync(companyId, cancellationToken);
            await updates.ApplyAsync(companyId, answered,
                l => filing.Backdated(l, named[l.Answer!.Name]), cancellationToken);
        }
        return report;
    }

    private async Task<Outage?> CheckOutageAsync(
        OutageReportDraft draft, bool bySportello, DateTimeOffset now, ValidationErrors errors,
        CancellationToken cancellationToken)
    {
        var outage = string.IsNullOrWhiteSpace(draft.OutageId)
            ? null
            : await outages.FindAsync(draft.OutageId.Trim(), cancellationToken);
        if (outage is null)
        {
            errors.Add("outageId", "Indicare un'interruzione del Portale tra quelle registrate dallo Sportello.");
        }
        else if (outage.Planned)
        {
            errors.Add("outageId", "L'interruzione indicata è un intervento di manutenzione programmata: le risposte " +
                "non caricate non possono essere segnalate (manuale, paragrafo 9.1).");
        }
        else if (!OfflineDayRule.Qualifies(outage, now))
        {
            errors.Add("outageId", "L'interruzione indicata non ha interessato più di 3 ore continuative tra le 9:00 " +
                "e le 18:00 di un giorno feriale: le risposte non caricate non possono essere segnalate (manuale, " +
                "paragrafo 9.1).");
        }
        else if (!bySportello && BackdatingRule.UploadBy(outage) < now)
        {
            errors.Add("outageId", "Sono trascorse più di 72 ore dalla risoluzione dell'anomalia: la segnalazione può " +
                "essere registrata solo dallo Sportello.");
        }
        if (draft.AttemptedOn is not { } day)
        {
            errors.Add("attemptedOn", "Indicare il giorno del tentativo di caricamento non andato a buon fine.");
        }
        else if (outage is not null
            && (day < RomeTime.DateOf(outage.StartsAt) || day > RomeTime.DateOf(outage.EndOr(now))))
        {
            errors.Add("attemptedOn", "Il giorno del tentativo di caricamento deve cadere durante l'interruzione " +
                $"(dal {OutageText.Date(RomeTime.DateOf(outage.StartsAt))} al " +
                $"{OutageText.Date(RomeTime.DateOf(outage.EndOr(now)))}).");
        }
        return outage;
    }

    private static string LetterOf(string answerName) => "L" + answerName[1..];
}
