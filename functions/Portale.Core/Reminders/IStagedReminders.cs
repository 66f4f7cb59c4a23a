namespace Portale.Core.Reminders;

/// <summary>Reminders waiting for the nightly loading, and those already published (a name is used once).</summary>
public interface IStagedReminders
{
    Task<bool> IsKnownAsync(string name, CancellationToken cancellationToken);

    /// <summary>Reminders staged or published for a letter (for the sector limit).</summary>
    Task<int> CountForLetterAsync(string letterName, CancellationToken cancellationToken);

    /// <summary>Returns false when the name is already staged or published.</summary>
    Task<bool> TryAddAsync(StagedReminder reminder, CancellationToken cancellationToken);

    Task<IReadOnlyList<StagedReminder>> PendingAsync(CancellationToken cancellationToken);

    Task MarkPublishedAsync(IReadOnlyList<StagedReminder> reminders, DateTimeOffset publishedAt, CancellationToken cancellationToken);
}
