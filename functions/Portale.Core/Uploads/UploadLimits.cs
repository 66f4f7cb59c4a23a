namespace Portale.Core.Uploads;

/// <summary>
/// Every size and count limit of an upload. A megabyte is 1024 × 1024 bytes: the manual's
/// "15 MB" and "8 Mb" are read in the binary sense, the larger of the two readings, so a file the
/// operator's computer shows as 15 MB is never refused.
/// </summary>
public static class UploadLimits
{
    public const long MegaByte = 1024 * 1024;

    /// <summary>
    /// An answer, alone or inside a .zip: the manual gives no figure, so the portal's general 15 MB (6.6).
    /// </summary>
    public const long AnswerMaxBytes = 15 * MegaByte;

    /// <summary>Manual 6.6: "il limite di 15 MB".</summary>
    public const long CommunicationMaxBytes = 15 * MegaByte;

    /// <summary>Manual ch. 7: "il limite di 8 Mb".</summary>
    public const long TirvRejectionMaxBytes = 8 * MegaByte;

    /// <summary>
    /// The .zip as uploaded. An Azure Functions HTTP trigger takes request bodies up to 100 MB, so a bigger
    /// archive could never arrive; answers are PDFs, already compressed, so this is still hundreds of
    /// typical answers (a few hundred KB each) and never fewer than six of the largest.
    /// </summary>
    public const long ZipMaxBytes = 100 * MegaByte;

    /// <summary>
    /// Entries in the central directory, ignored ones included. Above any real selection (a list page
    /// shows at most 100 letters) while keeping the per-entry work of one upload bounded.
    /// </summary>
    public const int ZipMaxEntries = 500;

    /// <summary>
    /// Sum of the declared uncompressed sizes of the entries that would be read. Ten times
    /// <see cref="ZipMaxBytes"/>: PDFs barely compress, so honest archives stay far below it.
    /// </summary>
    public const long ZipMaxTotalUncompressedBytes = 1024 * MegaByte;

    /// <summary>Each answer in a .zip has the same limit as a single answer.</summary>
    public const long ZipMaxEntryUncompressedBytes = AnswerMaxBytes;

    /// <summary>
    /// Uncompressed : compressed above which an entry is treated as a ZIP bomb. PDFs compress by a
    /// few times at most; 100:1 means mostly repeated bytes.
    /// </summary>
    public const int ZipMaxCompressionRatio = 100;

    /// <summary>
    /// Entries smaller than this are not ratio-checked: a tiny, mostly-text PDF can legitimately
    /// deflate well, and so little data cannot hurt.
    /// </summary>
    public const long ZipRatioCheckFloorBytes = 1 * MegaByte;

    /// <summary>The largest file accepted for an upload of <paramref name="kind"/>, as uploaded.</summary>
    public static long MaxUploadBytes(UploadKind kind) => kind switch
    {
        UploadKind.Answer => AnswerMaxBytes,
        UploadKind.AnswersZip => ZipMaxBytes,
        UploadKind.Communication => CommunicationMaxBytes,
        UploadKind.TirvRejection => TirvRejectionMaxBytes,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The largest PDF any upload may carry: what a PDF inspector may buffer.</summary>
    public const long LargestPdfBytes = AnswerMaxBytes;
}
