namespace Portale.Core.Audit;

/// <summary>
/// What checking a day's records found: how many, the first whose chain is broken (changed, removed or
/// inserted after the fact), and the records whose write-once copy is missing or differs from the record.
/// </summary>
public sealed record AuditCheck(
    DateOnly Day, AuditOutcome Chain, int Records, long? FirstBroken, IReadOnlyList<long> CopiesNotMatching)
{
    public bool Intact => FirstBroken is null && CopiesNotMatching.Count == 0;
}
