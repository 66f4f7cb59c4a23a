namespace Portale.Core.Audit;

/// <summary>
/// One staff action as recorded: when (<see cref="At"/>, the business clock), who and from where
/// (<see cref="Actor"/>), what (<see cref="Action"/>, one of <see cref="AuditActions"/>, on
/// <see cref="Target"/>, with <see cref="Details"/>) and how it ended. <see cref="Sequence"/> numbers
/// the records of one Rome day from 1; <see cref="PreviousHash"/> is the hash of the record before it
/// (<see cref="AuditChain.Genesis"/> for the first), <see cref="Hash"/> this record's own
/// (<see cref="AuditChain"/>): a record changed after it was written no longer matches its successor.
/// </summary>
public sealed record AuditRecord(
    DateTimeOffset At,
    AuditActor Actor,
    string Action,
    string Target,
    AuditOutcome Outcome,
    IReadOnlyDictionary<string, string> Details)
{
    public long Sequence { get; init; }

    public string PreviousHash { get; init; } = "";

    public string Hash { get; init; } = "";

    public DateOnly Day => RomeTime.DayOf(At);
}
