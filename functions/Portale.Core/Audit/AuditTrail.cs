namespace Portale.Core.Audit;

/// <summary>
/// Records every staff action (who, when, what, from where) and every refused access, each appended to
/// its day's hash chain (<see cref="AuditChain"/>; actions and refusals are two chains); reads and checks them. Appends race only for the next
/// sequence number of the day: the loser reads the new last record and links after it.
/// </summary>
public sealed class AuditTrail(IAuditLog log, TimeProvider clock)
{
    // Every staff call of the day appends to one chain: a burst of parallel calls needs more tries than a letter.
    private const int AppendAttempts = 40;

    public const int MaxDetailLength = 500;

    public async Task<AuditRecord> RecordAsync(
        AuditActor actor, string action, string target, IReadOnlyDictionary<string, string>? details,
        CancellationToken cancellationToken, AuditOutcome outcome = AuditOutcome.Done)
    {
        var record = new AuditRecord(
            clock.GetUtcNow(), actor, action, target, outcome, Trimmed(details ?? new Dictionary<string, string>()));
        var linked = await OptimisticRetry.RunAsync(async () =>
        {
            var next = AuditChain.Link(record, await log.LastAsync(record.Day, outcome, cancellationToken));
            await log.AddAsync(next, cancellationToken);
            return next;
        }, cancellationToken, AppendAttempts);
        await log.KeepCopyAsync(linked, cancellationToken);
        return linked;
    }

    public Task<AuditRecord> RefusedAsync(
        AuditActor actor, string target, string reason, CancellationToken cancellationToken) =>
        RecordAsync(actor, AuditActions.AccessRefused, target, new Dictionary<string, string> { ["reason"] = reason },
            cancellationToken, AuditOutcome.Refused);

    /// <summary>
    /// A page of a day's chain, newest first, with its total: the last sequence number when nothing
    /// narrows it (the chain has no gaps), else a count of the matching records of that day.
    /// </summary>
    public async Task<Page<AuditRecord>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var pageTask = log.ReadAsync(
            query.Day, query.Chain, query.Filter, query.Page.Cursor?.After, query.Page.Size, cancellationToken);
        var total = query.Filter == AuditFilter.None
            ? (int)((await log.LastAsync(query.Day, query.Chain, cancellationToken))?.Sequence ?? 0)
            : await log.CountAsync(query.Day, query.Chain, query.Filter, cancellationToken);
        var page = await pageTask;
        var next = page.After is null ? null : new PageCursor(page.After, 0, query.Fingerprint).Encode();
        return new Page<AuditRecord>(page.Items, next, total);
    }

    /// <summary>Checks a day's chain: the links of its records, and each record against its write-once copy.</summary>
    public async Task<AuditCheck> CheckAsync(DateOnly day, AuditOutcome chain, CancellationToken cancellationToken)
    {
        var records = await log.ReadDayAsync(day, chain, cancellationToken);
        var notMatching = new List<long>();
        foreach (var r in records.OrderBy(r => r.Sequence))
        {
            if (await log.FindCopyAsync(day, chain, r.Sequence, cancellationToken) is not { } copy
                || copy.Hash != r.Hash
                || AuditChain.HashOf(copy) != copy.Hash)
            {
                notMatching.Add(r.Sequence);
            }
        }
        return new AuditCheck(day, chain, records.Count, AuditChain.FirstBroken(records), notMatching);
    }

    private static Dictionary<string, string> Trimmed(IReadOnlyDictionary<string, string> details) =>
        details.ToDictionary(d => d.Key, d => d.Value.Length > MaxDetailLength ? d.Value[..MaxDetailLength] : d.Value);
}
