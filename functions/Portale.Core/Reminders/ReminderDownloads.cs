namespace Portale.Core.Reminders;

/// <summary>Records a reminder's FIRST download (Data/Utente Download); it then leaves the "new" badge.</summary>
public sealed class ReminderDownloads(IReminderStore store, TimeProvider clock)
{
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
}
