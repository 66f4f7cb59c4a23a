namespace Portale.Core.Uploads;

/// <summary>
/// Why one entry of a .zip of answers is refused; worded by <see cref="UploadMessages.For(ZipEntryRefusal, string)"/>.
/// </summary>
public enum ZipEntryRefusal
{
    /// <summary>Not <c>R-</c> + the name of one of the selected letters.</summary>
    NameMismatch,

    /// <summary>Inside a folder of the archive (<c>risposte/R-....PDF</c>).</summary>
    InFolder,

    /// <summary>A path trick: <c>..</c>, an absolute path, a drive letter, a backslash, control characters.</summary>
    UnsafePath,

    /// <summary>More than one entry answers the same letter (names compared case-insensitively).</summary>
    Duplicate,

    /// <summary>Declared uncompressed size over <see cref="UploadLimits.ZipMaxEntryUncompressedBytes"/>.</summary>
    TooLarge,

    /// <summary>Compression ratio over <see cref="UploadLimits.ZipMaxCompressionRatio"/>: a likely ZIP bomb.</summary>
    SuspiciousCompression,
}
