namespace Portale.Core.Reminders;

/// <summary>
/// Publishes staged solleciti to their letters' TO companies with the given instant and moves them to the
/// published ones: the nightly loading's way, which the automatic solleciti use too. Idempotent.
/// </summary>
public sealed class StagedReminderPublisher(IReminderStore reminders, IStagedReminders staged)
{
    public async Task PublishAsync(
        IReadOnlyList<StagedReminder> pending, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        await reminders.PublishAsync(pending.Select(r => r.ToPublish(publishedAt)).ToList(), cancellationToken);
        await staged.MarkPublishedAsync(pending, publishedAt, cancellationToken);
    }
}
