namespace Portale.Core.Audit;

/// <summary>
/// Where audit records are kept: append-only. Nothing here changes or deletes a record: a record is
/// inserted once under its day, its chain (<see cref="AuditOutcome"/>: the actions done, and apart the
/// refused attempts, so a flood of refused calls never holds up the staff's own records) and its
/// sequence; a copy is kept where not even the portal can change it.
/// </summary>
public interface IAuditLog
{
    /// <summary>The chain's last record of the day (highest sequence), or null before the first.</summary>
    Task<AuditRecord?> LastAsync(DateOnly day, AuditOutcome chain, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the record at its day, chain and sequence; throws <see cref="ConcurrencyConflictException"/>
    /// when that sequence is taken (another writer appended first: read the last one again).
    /// </summary>
    Task AddAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Writes the record's write-once copy (in Azure: a container under a time-based retention policy).</summary>
    Task KeepCopyAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>The write-once copy of a record, or null when there is none.</summary>
    Task<AuditRecord?> FindCopyAsync(
        DateOnly day, AuditOutcome chain, long sequence, CancellationToken cancellationToken);

    /// <summary>A day's records of one chain, newest first, after the key <paramref name="after"/> (null: the newest).</summary>
    Task<KeyedPage<AuditRecord>> ReadAsync(
        DateOnly day, AuditOutcome chain, AuditFilter filter, string? after, int take,
        CancellationToken cancellationToken);

    /// <summary>How many of a day's records of one chain match the filter.</summary>
    Task<int> CountAsync(DateOnly day, AuditOutcome chain, AuditFilter filter, CancellationToken cancellationToken);

    /// <summary>Every record of a day's chain (for the chain's check).</summary>
    Task<IReadOnlyList<AuditRecord>> ReadDayAsync(
        DateOnly day, AuditOutcome chain, CancellationToken cancellationToken);
}
