namespace Portale.Core.Reminders;

/// <summary>Reminders waiting for the nightly loading, and those already published (a name is used once).</summary>
public interface IStagedReminders
{
    Task<bool> IsKnownAsync(string name, CancellationToken cancellationToken);

    /// <summary>Reminders staged or published for a letter (for the sector limit).</summary>
    Task<int> CountForLetterAsync(string letterName, CancellationToken cancellationToken);

    /// <summary>
    /// Stages the reminder unless its name is already staged or published, or its letter already has
    /// <paramref name="limit"/> reminders; decided atomically, so two concurrent stagings for one
    /// letter cannot both pass the limit.
    /// </summary>
    Task<StagingOutcome> TryAddAsync(StagedReminder reminder, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<StagedReminder>> PendingAsync(CancellationToken cancellationToken);

    Task MarkPublishedAsync(IReadOnlyList<StagedReminder> reminders, DateTimeOffset publishedAt, CancellationToken cancellationToken);
}

public enum StagingOutcome
{
    Added,
    NameTaken,
    LimitReached,
}
