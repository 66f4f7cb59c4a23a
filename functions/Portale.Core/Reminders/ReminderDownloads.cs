namespace Portale.Core.Reminders;

/// <summary>Records a reminder's FIRST download (Data/Utente Download); it then leaves the "new" badge.</summary>
public sealed class ReminderDownloads(IReminderStore store, TimeProvider clock)
{
    public static RefusalException TooMany() =>
        RefusalException.Field("too-many-reminders", "reminders", "È possibile scaricare al massimo " +
            $"{LetterDownloads.MaxLettersPerZip} solleciti alla volta: restringere la selezione con i filtri.");

    public Task<Reminder> RecordAsync(
        string companyId, string name, OperatorPrincipal user, CancellationToken cancellationToken) =>
        OptimisticRetry.RunAsync(async () =>
        {
            var reminder =
                await store.FindAsync(companyId, name, cancellationToken) ?? throw RefusalException.NotFound();
            if (!reminder.IsNew)
            {
                return reminder;
            }
            var downloaded = reminder with { DownloadedAt = clock.GetUtcNow(), DownloadedBy = user.Username };
            await store.UpdateAsync(reminder, downloaded, cancellationToken);
            return downloaded;
        }, cancellationToken);

    /// <summary>
    /// Several reminders for one .zip: every name is found first (one unknown refuses them all, nothing
    /// recorded), then each first download is recorded.
    /// </summary>
    public async Task<IReadOnlyList<Reminder>> RecordManyAsync(
        string companyId, IReadOnlyList<string> names, OperatorPrincipal user, CancellationToken cancellationToken)
    {
        var distinct = names.Select(n => n.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            throw RefusalException.Field(
                "reminders-required", "reminders", "Selezionare almeno un sollecito da scaricare.");
        }
        if (distinct.Count > LetterDownloads.MaxLettersPerZip)
        {
            throw TooMany();
        }
        foreach (var name in distinct)
        {
            _ = await store.FindAsync(companyId, name, cancellationToken) ?? throw RefusalException.NotFound();
        }
        var recorded = new List<Reminder>(distinct.Count);
        foreach (var name in distinct)
        {
            recorded.Add(await RecordAsync(companyId, name, user, cancellationToken));
        }
        return recorded;
    }
}
