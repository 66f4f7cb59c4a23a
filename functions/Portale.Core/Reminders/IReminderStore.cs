namespace Portale.Core.Reminders;

/// <summary>
/// Reminders per company, in the company's partition: every read names the company, so a reminder of
/// another company is simply not found.
/// </summary>
public interface IReminderStore
{
    Task<Reminder?> FindAsync(string companyId, string name, CancellationToken cancellationToken);

    /// <summary>Newest first, from the reminder index.</summary>
    Task<KeyedPage<Reminder>> ReadNewestFirstAsync(
        string companyId, string? after, int take, CancellationToken cancellationToken);

    /// <summary>From counters: every reminder of the company, or only those not downloaded yet.</summary>
    Task<int> CountAsync(string companyId, bool onlyNew, CancellationToken cancellationToken);

    /// <summary>Adds reminders (batched per company); those already there are left as they are.</summary>
    Task PublishAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a changed reminder; throws
    /// <see cref="Concurrency.ConcurrencyConflictException"/> if it changed meanwhile.
    /// </summary>
    Task UpdateAsync(Reminder before, Reminder after, CancellationToken cancellationToken);
}
