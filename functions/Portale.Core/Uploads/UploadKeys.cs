namespace Portale.Core.Uploads;

/// <summary>Deterministic names derived from an upload, so a retry writes exactly what the first run wrote.</summary>
public static class UploadKeys
{
    /// <summary>
    /// Newest first: inverted ticks of the upload's arrival, then the upload id and the file's position.
    /// </summary>
    public static string LogKey(UploadRecord upload, int index) => LogKey(upload.ReceivedAt, upload.UploadId, index);

    /// <summary>The same key for a request refused before it became an upload (<paramref name="id"/> is its own).</summary>
    public static string LogKey(DateTimeOffset receivedAt, string id, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{LogPrefix(receivedAt, id)}{index:D4}");

    /// <summary>
    /// The row of an answer of <paramref name="upload"/> that was filed and then pushed out by one received
    /// earlier (<see cref="AnswerOrder"/>): keyed by letter, since the upload's results may not be written yet.
    /// </summary>
    public static string DisplacedKey(UploadRecord upload, string letterName) =>
        $"{LogPrefix(upload.ReceivedAt, upload.UploadId)}x_{letterName}";

    /// <summary>
    /// The receipt of an answer of upload <paramref name="uploadId"/>: named by its letter, so a letter's answer
    /// (<see cref="FiledAnswer"/>: upload and arrival) finds its receipt without knowing its place in a .zip.
    /// </summary>
    public static string AnswerReceiptKey(DateTimeOffset receivedAt, string uploadId, string letterName) =>
        $"{LogPrefix(receivedAt, uploadId)}a_{letterName}";

    /// <summary>What every row key of <paramref name="upload"/> in "Invii falliti" starts with.</summary>
    public static string LogPrefix(UploadRecord upload) => LogPrefix(upload.ReceivedAt, upload.UploadId);

    private static string LogPrefix(DateTimeOffset receivedAt, string id) =>
        string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.UtcTicks - receivedAt.UtcTicks:D19}_{id}_");

    /// <summary>
    /// Where an answer is kept: one blob per upload, so a replacement never overwrites the first answer.
    /// </summary>
    public static string AnswerPath(string companyId, string uploadId, string answerName) =>
        $"answers/{companyId}/{uploadId}/{answerName}";

    public static string CommunicationPath(string companyId, string uploadId) =>
        $"communications/{companyId}/{uploadId}";

    /// <summary>Upload ids are GUIDs in "N" form: anything else is not an upload.</summary>
    public static bool IsUploadId(string? text) => text is { Length: 32 } && Guid.TryParseExact(text, "N", out _);
}
