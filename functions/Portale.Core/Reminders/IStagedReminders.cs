namespace Portale.Core.Reminders;

/// <summary>Reminders waiting for the nightly loading, and those already published (a name is used once).</summary>
public interface IStagedReminders : IStagedDocuments<StagedReminder>
{
    /// <summary>Reminders staged or published for a letter (for the sector limit).</summary>
    Task<int> CountForLetterAsync(string letterName, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the reminder unless its name is already staged or published, or its letter already has
    /// <paramref name="limit"/> reminders; decided atomically, so two concurrent stagings for one
    /// letter cannot both pass the limit.
    /// </summary>
    Task<StagingOutcome> TryAddAsync(StagedReminder reminder, int limit, CancellationToken cancellationToken);
}
