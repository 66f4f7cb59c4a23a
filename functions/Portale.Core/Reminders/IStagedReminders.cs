namespace Portale.Core.Reminders;

/// <summary>Reminders waiting for the nightly loading, and those already published (a name is used once).</summary>
public interface IStagedReminders : IStagedDocuments<StagedReminder>
{
    /// <summary>
    /// The reminders staged or published for a letter (for the sector limit), oldest first, each with when
    /// it was published, or staged while it waits for the nightly loading.
    /// </summary>
    Task<IReadOnlyList<LetterReminder>> ForLetterAsync(string letterName, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the reminder unless its name is already staged or published, or its letter already has
    /// <paramref name="limit"/> reminders; decided atomically, so two concurrent stagings for one
    /// letter cannot both pass the limit.
    /// </summary>
    Task<StagingOutcome> TryAddAsync(StagedReminder reminder, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the reminder as its letter's <paramref name="slot"/>-th exactly:
    /// <see cref="StagingOutcome.LimitReached"/> when that slot is taken (another run sent it), so two
    /// concurrent automatic passes cannot send the same sollecito twice.
    /// </summary>
    Task<StagingOutcome> TryAddInSlotAsync(StagedReminder reminder, int slot, CancellationToken cancellationToken);
}
