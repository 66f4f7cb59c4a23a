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
