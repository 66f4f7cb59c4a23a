namespace Portale.Core.Uploads;

/// <summary>
/// The judgement of a whole .zip of answers: either the archive is refused as a whole
/// (<see cref="ArchiveRefusal"/> set, no entry is read) or each entry has its own verdict and the
/// accepted ones are filed even when others are refused.
/// </summary>
public sealed record AnswerZipPlan(string? ArchiveRefusal, IReadOnlyList<ZipEntryVerdict> Entries)
{
    public bool IsArchiveRefused => ArchiveRefusal is not null;

    public IEnumerable<ZipEntryVerdict> Accepted => Entries.Where(e => e.Outcome == ZipEntryOutcome.Accepted);

    public IEnumerable<ZipEntryVerdict> Refused => Entries.Where(e => e.Outcome == ZipEntryOutcome.Refused);
}
