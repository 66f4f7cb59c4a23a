namespace Portale.Core.Uploads;

/// <summary>
/// What filing one answer on a letter comes to: refused (<see cref="Refusal"/>), already filed by an earlier
/// run of the same upload, or the letter's answers placed with it and the earlier-filed ones it pushes out.
/// </summary>
public sealed record AnswerDecision(
    string? Refusal, bool AlreadyFiled, AnswerPlacement? Placement, IReadOnlyList<RefusedAnswer> Displaced)
{
    public static AnswerDecision Refused(string reason) => new(reason, false, null, []);

    public static readonly AnswerDecision Filed = new(null, true, null, []);
}
