namespace Portale.Functions.Audit;

/// <summary>An audit record as the staff read it: when (Rome), who, from where, what, and its place in the chain.</summary>
public sealed record AuditJson(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string ActorId,
    bool ActorIsApplication,
    IReadOnlyList<string> Roles,
    string Address,
    string Action,
    string Target,
    string Outcome,
    IReadOnlyDictionary<string, string> Details,
    string PreviousHash,
    string Hash)
{
    public static AuditJson From(AuditRecord r) => new(
        r.Sequence, RomeTime.ToRome(r.At), r.Actor.Name, r.Actor.Id, r.Actor.IsApplication, r.Actor.Roles,
        r.Actor.Address, r.Action, r.Target, r.Outcome == AuditOutcome.Refused ? "refused" : "done", r.Details,
        r.PreviousHash, r.Hash);
}
