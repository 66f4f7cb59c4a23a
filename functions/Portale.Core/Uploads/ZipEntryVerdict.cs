using Portale.Core.Documents;

namespace Portale.Core.Uploads;

public enum ZipEntryOutcome
{
    /// <summary>An answer to <see cref="ZipEntryVerdict.Letter"/>; still to be read and checked as a PDF.</summary>
    Accepted,

    /// <summary>Refused; <see cref="ZipEntryVerdict.Reason"/> goes to "Invii falliti".</summary>
    Refused,

    /// <summary>Not an answer and not a mistake (folder records, macOS metadata): never read, never reported.</summary>
    Ignored,
}

/// <summary>What to do with one entry of a .zip of answers.</summary>
public sealed record ZipEntryVerdict(ZipEntryInfo Entry, ZipEntryOutcome Outcome, DocumentName? Letter, ZipEntryRefusal? Refusal)
{
    public static ZipEntryVerdict Accept(ZipEntryInfo entry, DocumentName letter) => new(entry, ZipEntryOutcome.Accepted, letter, null);
    public static ZipEntryVerdict Refuse(ZipEntryInfo entry, ZipEntryRefusal refusal) => new(entry, ZipEntryOutcome.Refused, null, refusal);
    public static ZipEntryVerdict Ignore(ZipEntryInfo entry) => new(entry, ZipEntryOutcome.Ignored, null, null);

    /// <summary>The Italian reason when refused, else null.</summary>
    public string? Reason => Refusal is { } refusal ? UploadMessages.For(refusal, Entry.Name) : null;
}
