namespace Portale.Core.Publication;

/// <summary>
/// The nightly loading: on a frequent timer, asks "is it inside today's 01:00–03:00 Rome window and
/// not done yet?" against the jobs ledger, so it runs once a day whatever DST or restarts do.
/// Publishing is idempotent per letter and per reminder, so a run cut short is simply finished by the next tick.
/// Letters are published before reminders; a reminder goes to its letter's TO company only.
/// </summary>
public sealed class NightlyPublication(
    IStagedLetters staged, ILetterStore letters, IStagedReminders stagedReminders, StagedReminderPublisher reminders,
    IJobLedger ledger, TimeProvider clock)
{
    public const string JobName = "nightly-loading";

    /// <summary>The letters and reminders published, or null when the job was not due.</summary>
    public async Task<JobOutcome?> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = RomeTime.Today(clock);
        if (!MaintenanceWindow.IsLoadingWindowAt(now) || await ledger.IsDoneAsync(JobName, today, cancellationToken))
        {
            return null;
        }
        var pending = await staged.PendingAsync(cancellationToken);
        var copies = pending.SelectMany(p => p.ForRecipients(now)).ToList();
        await letters.PublishAsync(copies, cancellationToken);
        await staged.MarkPublishedAsync(pending, now, cancellationToken);
        var pendingReminders = await stagedReminders.PendingAsync(cancellationToken);
        await reminders.PublishAsync(pendingReminders, now, cancellationToken);
        await ledger.MarkDoneAsync(JobName, today, now, cancellationToken);
        return JobOutcome.Of(
            today, ("letters", pending.Count), ("copies", copies.Count), ("reminders", pendingReminders.Count));
    }
}
