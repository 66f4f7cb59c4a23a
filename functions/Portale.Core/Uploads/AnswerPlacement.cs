namespace Portale.Core.Uploads;

/// <summary>
/// A letter's answers put in arrival order: the first, the one further answer replacing it, and those
/// refused with the reason (a second further answer, or one after 72 hours).
/// </summary>
public sealed record AnswerPlacement(
    FiledAnswer First, FiledAnswer? Replacement, IReadOnlyList<RefusedAnswer> Refused)
{
    public RefusedAnswer? RefusalOf(string uploadId) => Refused.FirstOrDefault(r => r.Answer.UploadId == uploadId);
}
