namespace Portale.Core.Uploads;

/// <summary>What to do with one entry of a .zip of answers.</summary>
public sealed record ZipEntryVerdict(
    ZipEntryInfo Entry, ZipEntryOutcome Outcome, DocumentName? Letter, ZipEntryRefusal? Refusal)
{
    public static ZipEntryVerdict Accept(ZipEntryInfo entry, DocumentName letter) =>
        new(entry, ZipEntryOutcome.Accepted, letter, null);
    public static ZipEntryVerdict Refuse(ZipEntryInfo entry, ZipEntryRefusal refusal) =>
        new(entry, ZipEntryOutcome.Refused, null, refusal);
    public static ZipEntryVerdict Ignore(ZipEntryInfo entry) => new(entry, ZipEntryOutcome.Ignored, null, null);

    /// <summary>The Italian reason when refused, else null.</summary>
    public string? Reason => Refusal is { } refusal ? UploadMessages.For(refusal, Entry.Name) : null;
}
