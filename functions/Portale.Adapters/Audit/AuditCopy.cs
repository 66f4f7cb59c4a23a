namespace Portale.Adapters.Audit;

/// <summary>The JSON of an audit record's write-once copy: every field the chain's hash covers.</summary>
internal sealed record AuditCopy(
    long Sequence, DateTimeOffset At, string ActorName, string ActorId, bool ActorIsApplication,
    IReadOnlyList<string> ActorRoles, string Address, string Action, string Target, string Outcome,
    Dictionary<string, string> Details, string PreviousHash, string Hash)
{
    public static AuditCopy From(AuditRecord r) => new(
        r.Sequence, r.At, r.Actor.Name, r.Actor.Id, r.Actor.IsApplication, r.Actor.Roles, r.Actor.Address, r.Action,
        r.Target, r.Outcome.ToString(), r.Details.ToDictionary(), r.PreviousHash, r.Hash);

    public AuditRecord ToRecord() => new(
        At, new AuditActor(ActorName, ActorId, ActorIsApplication, ActorRoles, Address), Action, Target,
        Enum.TryParse<AuditOutcome>(Outcome, out var outcome) ? outcome : AuditOutcome.Done, Details)
    {
        Sequence = Sequence,
        PreviousHash = PreviousHash,
        Hash = Hash,
    };
}
